package cn.sandiao.organization;

import java.util.List;

/**
 * The demo roster: one mediator per committee, an officer of the traffic police and the court's judge for
 * pre-litigation mediation (user id = password in the demo).
 */
public final class DemoMediators {

    /** A mediator of a body of the given kind; its Camunda group follows from the kind. */
    public record Entry(String userId, String name, String committeeCode, CommitteeKind kind) {

        /** The Camunda group the mediator works in. */
        public String groupId() {
            return Committee.groupIdOf(committeeCode, kind);
        }

        /** A department or the court: created with them, after the county's committees. */
        public boolean outsidePeoplesMediation() {
            return kind == CommitteeKind.DEPARTMENT || kind == CommitteeKind.COURT;
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
            new Entry("officer", "韩卫东", DemoOrganization.TRAFFIC_POLICE, CommitteeKind.DEPARTMENT),
            new Entry("court", "何法官", DemoOrganization.COUNTY_COURT, CommitteeKind.COURT));

    private static Entry mediator(String userId, String name, String committeeCode) {
        return new Entry(userId, name, committeeCode, CommitteeKind.VILLAGE); // group mediator-<committee>
    }

    private DemoMediators() {
    }
}
