package cn.sandiao.organization;

import java.util.List;

/** The demo roster: one mediator per committee and an officer of the traffic police (user id = password in the demo). */
public final class DemoMediators {

    /** A mediator of a committee, or an officer of a department ({@code department}); its Camunda group follows. */
    public record Entry(String userId, String name, String committeeCode, boolean department) {

        /** The Camunda group the mediator works in. */
        public String groupId() {
            return Committee.groupIdOf(committeeCode, department ? CommitteeKind.DEPARTMENT : CommitteeKind.VILLAGE);
        }
    }

    public static final List<Entry> ROSTER = List.of(
            mediator("mediator", "王秀英", "dongcun"),
            mediator("mediator2", "李建国", "chengguan"),
            mediator("xicun-mediator", "赵桂兰", "xicun"),
            mediator("nancun-mediator", "孙志强", "nancun"),
            mediator("beicun-mediator", "周丽华", "beicun"),
            mediator("lean-mediator", "吴海涛", "lean"),
            mediator("centre-mediator", "郑明", "county-centre"),
            mediator("traffic-mediator", "冯晓东", "traffic"),
            mediator("medical-mediator", "陈静", "medical"),
            new Entry("officer", "韩卫东", DemoOrganization.TRAFFIC_POLICE, true));

    private static Entry mediator(String userId, String name, String committeeCode) {
        return new Entry(userId, name, committeeCode, false);
    }

    private DemoMediators() {
    }
}
