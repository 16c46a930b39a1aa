package cn.sandiao.organization;

import java.util.List;

/** The demo roster: one mediator per committee (user id = password in the demo). */
public final class DemoMediators {

    public record Entry(String userId, String name, String committeeCode) {
    }

    public static final List<Entry> ROSTER = List.of(
            new Entry("mediator", "王秀英", "dongcun"),
            new Entry("mediator2", "李建国", "chengguan"),
            new Entry("xicun-mediator", "赵桂兰", "xicun"),
            new Entry("nancun-mediator", "孙志强", "nancun"),
            new Entry("beicun-mediator", "周丽华", "beicun"),
            new Entry("lean-mediator", "吴海涛", "lean"),
            new Entry("centre-mediator", "郑明", "county-centre"),
            new Entry("traffic-mediator", "冯晓东", "traffic"),
            new Entry("medical-mediator", "陈静", "medical"));

    private DemoMediators() {
    }
}
