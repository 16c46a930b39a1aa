package cn.sandiao.workflow;

/**
 * The clocks the workflow enforces, each with the rule that sets it. The codes are the ones the
 * deadline catalogue publishes; a limit is written here once and nowhere else.
 */
public enum DeadlineRule {
    TRIAGE("受理审查与分流", 1, DeadlineUnit.WORKING_DAYS,
            "本地工作规范（\"问题不过夜\"），非法律规定"),
    PEOPLE_MEDIATION("人民调解", 1, DeadlineUnit.MONTHS,
            "《人民调解工作若干规定》第三十三条（一般在一个月内调结）"),
    MEDICAL_MEDIATION("医疗纠纷调解", 30, DeadlineUnit.WORKING_DAYS,
            "《医疗纠纷预防和处理条例》第三十八条（自受理之日起30个工作日内完成调解，鉴定时间不计入；"
                    + "超过期限未达成协议视为调解不成）；卫生主管部门的行政调解期限相同（同条例，条号待核）",
            true, Extension.PARTIES_CONSENT),
    LABOUR_MEDIATION("劳动争议调解", 15, DeadlineUnit.CALENDAR_DAYS,
            "《劳动争议调解仲裁法》第十四条第三款（自收到调解申请之日起十五日内未达成调解协议的，当事人可以依法申请仲裁）"),
    TRAFFIC_MEDIATION("道路交通事故损害赔偿调解", 10, DeadlineUnit.WORKING_DAYS,
            "《道路交通事故处理程序规定》第八十六条、第九十条（调解自开始之日起十个工作日内终结）、"
                    + "第一百一十二条（本规定所称\"日\"为工作日）"),
    COURT_ENTRUSTED_PRE_FILING("委派调解（诉前调解）", 30, DeadlineUnit.CALENDAR_DAYS,
            "《最高人民法院关于人民法院特邀调解的规定》第二十七条（委派调解期限30日，自特邀调解员签收法院移交材料之日起计算；"
                    + "经当事人同意可以延长）",
            false, Extension.PARTIES_CONSENT),
    JUDICIAL_CONFIRMATION_APPLICATION("司法确认申请", 30, DeadlineUnit.CALENDAR_DAYS,
            "《人民调解法》第三十三条、《民事诉讼法》第二百零五条（双方当事人自调解协议生效之日起三十日内共同申请）"),
    JUDICIAL_CONFIRMATION_RULING("司法确认审查", 15, DeadlineUnit.CALENDAR_DAYS,
            "法释〔2011〕5号第五条（受理之日起十五日内作出决定；经院长批准可延长十日）",
            false, Extension.courtPresident(10)),
    ADMINISTRATIVE_MEDIATION("行政调解", 30, DeadlineUnit.CALENDAR_DAYS,
            "本县行政调解工作规范，非法律规定（未找到统一的行政调解法定期限）"),
    SUPERVISOR_RESPONSE("督办与临期提醒处理", 1, DeadlineUnit.WORKING_DAYS,
            "本地工作规范，非法律规定"),
    LEADER_SUPERVISION("包案领导督导", 7, DeadlineUnit.CALENDAR_DAYS,
            "本地工作规范（领导包案，重大纠纷每周督导一次），非法律规定");

    private final String title;
    private final int limit;
    private final DeadlineUnit unit;
    private final String basis;
    private final boolean pausable;
    private final Extension extension;

    DeadlineRule(String title, int limit, DeadlineUnit unit, String basis) {
        this(title, limit, unit, basis, false, Extension.NONE);
    }

    DeadlineRule(String title, int limit, DeadlineUnit unit, String basis, boolean pausable, Extension extension) {
        this.title = title;
        this.limit = limit;
        this.unit = unit;
        this.basis = basis;
        this.pausable = pausable;
        this.extension = extension;
    }

    /**
     * Who may extend a clock and by how much at most ({@code maxDays} null: the text sets no maximum); the
     * days of an extension count in the rule's own unit, or as calendar days for a limit in months.
     */
    public record Extension(String approvedBy, Integer maxDays) {

        static final Extension NONE = new Extension(null, null);
        static final Extension PARTIES_CONSENT = new Extension("双方当事人同意", null);

        static Extension courtPresident(int maxDays) {
            return new Extension("院长批准", maxDays);
        }

        public boolean allowed() {
            return approvedBy != null;
        }
    }

    public String title() {
        return title;
    }

    public int limit() {
        return limit;
    }

    public DeadlineUnit unit() {
        return unit;
    }

    public String basis() {
        return basis;
    }

    /** Whether days of a recorded pause (e.g. 鉴定 of a medical dispute) do not count. */
    public boolean pausable() {
        return pausable;
    }

    public Extension extension() {
        return extension;
    }

    /** The unit an extension counts in: the rule's own, calendar days for a limit in months. */
    public String unitOfExtension() {
        return unit == DeadlineUnit.MONTHS ? DeadlineUnit.CALENDAR_DAYS.label() : unit.label();
    }

    /** e.g. "人民调解期限1个月，依据《人民调解工作若干规定》第三十三条…". */
    public String describe() {
        return title + "期限" + limit + unit.label() + "，依据" + basis;
    }
}
