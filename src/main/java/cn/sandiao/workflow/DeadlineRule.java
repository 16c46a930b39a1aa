package cn.sandiao.workflow;

/**
 * The clocks the workflow enforces, each with the rule that sets it: the deadline catalogue
 * ({@code GET /api/deadlines/rules}) publishes exactly these, and a limit is written here once and nowhere else.
 * Quotes are verbatim from the published texts (checked 2026-11-24 against a copy of the national laws and
 * regulations database; 人民调解工作若干规定 only against a secondary copy). Whether 信访 limits count calendar
 * days and roll over rest days is our reading: 信访工作条例 has no counting rule of its own.
 */
public enum DeadlineRule {
    TRIAGE("受理审查与分流", 1, DeadlineUnit.WORKING_DAYS,
            "本地工作规范（\"问题不过夜\"），非法律规定", null),
    PEOPLE_MEDIATION("人民调解", 1, DeadlineUnit.MONTHS,
            "《人民调解工作若干规定》（司法部令第75号）第三十三条",
            "人民调解委员会调解纠纷，一般在一个月内调结。"),
    MEDICAL_MEDIATION("医疗纠纷调解", 30, DeadlineUnit.WORKING_DAYS,
            "《医疗纠纷预防和处理条例》第三十八条（人民调解）、第四十条第三款（卫生主管部门的行政调解，同为30个工作日）",
            "医疗纠纷人民调解委员会应当自受理之日起30个工作日内完成调解。需要鉴定的，鉴定时间不计入调解期限。",
            true, Extension.PARTIES_CONSENT),
    LABOUR_MEDIATION("劳动争议调解", 15, DeadlineUnit.CALENDAR_DAYS,
            "《劳动争议调解仲裁法》第十四条第三款",
            "自劳动争议调解组织收到调解申请之日起十五日内未达成调解协议的，当事人可以依法申请仲裁。"),
    TRAFFIC_MEDIATION("道路交通事故损害赔偿调解", 10, DeadlineUnit.WORKING_DAYS,
            "《道路交通事故处理程序规定》（公安部令第146号）第九十条；第一百一十二条（所称\"十日\"是指工作日）",
            "公安机关交通管理部门应当自调解开始之日起十日内制作道路交通事故损害赔偿调解书或者道路交通事故损害赔偿调解终结书。"),
    COURT_ENTRUSTED_PRE_FILING("委派调解（诉前调解）", 30, DeadlineUnit.CALENDAR_DAYS,
            "《最高人民法院关于人民法院特邀调解的规定》（法释〔2016〕14号）第二十七条",
            "人民法院委派调解的案件，调解期限为30日。但是双方当事人同意延长调解期限的，不受此限。",
            false, Extension.PARTIES_CONSENT),
    COURT_ENTRUSTED_AFTER_FILING_ORDINARY("委托调解（立案后，普通程序）", 15, DeadlineUnit.CALENDAR_DAYS,
            "《最高人民法院关于人民法院特邀调解的规定》（法释〔2016〕14号）第二十七条",
            "人民法院委托调解的案件，适用普通程序的调解期限为15日，适用简易程序的调解期限为7日。",
            false, Extension.PARTIES_CONSENT),
    COURT_ENTRUSTED_AFTER_FILING_SIMPLE("委托调解（立案后，简易程序）", 7, DeadlineUnit.CALENDAR_DAYS,
            "《最高人民法院关于人民法院特邀调解的规定》（法释〔2016〕14号）第二十七条",
            "人民法院委托调解的案件，适用普通程序的调解期限为15日，适用简易程序的调解期限为7日。",
            false, Extension.PARTIES_CONSENT),
    JUDICIAL_CONFIRMATION_APPLICATION("司法确认申请", 30, DeadlineUnit.CALENDAR_DAYS,
            "《人民调解法》第三十三条；《民事诉讼法》第二百零五条",
            "可以自调解协议生效之日起三十日内共同向人民法院申请司法确认"),
    JUDICIAL_CONFIRMATION_RULING("司法确认审查", 15, DeadlineUnit.CALENDAR_DAYS,
            "《最高人民法院关于人民调解协议司法确认程序的若干规定》（法释〔2011〕5号）第五条",
            "人民法院应当自受理司法确认申请之日起十五日内作出是否确认的决定。因特殊情况需要延长的，经本院院长批准，可以延长十日。",
            false, Extension.approvedBy("院长批准", 10)),
    PETITION_ACCEPTANCE("信访事项受理告知", 15, DeadlineUnit.CALENDAR_DAYS,
            "《信访工作条例》第二十二条、第二十三条",
            "有关机关、单位应当自收到之日起15日内书面告知信访人接收情况以及处理途径和程序"),
    PETITION_HANDLING("信访事项办理", 60, DeadlineUnit.CALENDAR_DAYS,
            "《信访工作条例》第三十四条",
            "对本条例第三十一条第六项规定的信访事项应当自受理之日起60日内办结",
            false, Extension.approvedBy("本机关、单位负责人批准", 30)),
    PETITION_EXTENSION("信访事项延期办理", 30, DeadlineUnit.CALENDAR_DAYS,
            "《信访工作条例》第三十四条",
            "经本机关、单位负责人批准，可以适当延长办理期限，但延长期限不得超过30日，并告知信访人延期理由。"),
    REVIEW_REQUEST("请求复查", 30, DeadlineUnit.CALENDAR_DAYS,
            "《信访工作条例》第三十五条",
            "信访人对信访处理意见不服的，可以自收到书面答复之日起30日内请求原办理机关、单位的上一级机关、单位复查。"),
    REVIEW_OPINION("复查意见", 30, DeadlineUnit.CALENDAR_DAYS,
            "《信访工作条例》第三十五条",
            "收到复查请求的机关、单位应当自收到复查请求之日起30日内提出复查意见，并予以书面答复。"),
    RE_REVIEW_REQUEST("请求复核", 30, DeadlineUnit.CALENDAR_DAYS,
            "《信访工作条例》第三十六条",
            "信访人对复查意见不服的，可以自收到书面答复之日起30日内向复查机关、单位的上一级机关、单位请求复核。"),
    RE_REVIEW_OPINION("复核意见", 30, DeadlineUnit.CALENDAR_DAYS,
            "《信访工作条例》第三十六条",
            "收到复核请求的机关、单位应当自收到复核请求之日起30日内提出复核意见。（听证所需时间不计算在前款规定的期限内。）",
            true, Extension.NONE),
    ADMINISTRATIVE_MEDIATION("行政调解", 30, DeadlineUnit.CALENDAR_DAYS,
            "本县行政调解工作规范，非法律规定（未找到统一的行政调解法定期限）", null),
    SUPERVISOR_RESPONSE("督办与临期提醒处理", 1, DeadlineUnit.WORKING_DAYS,
            "本地工作规范，非法律规定", null),
    LEADER_SUPERVISION("包案领导督导", 7, DeadlineUnit.CALENDAR_DAYS,
            "本地工作规范（领导包案，重大纠纷每周督导一次），非法律规定", null);

    private final String title;
    private final int limit;
    private final DeadlineUnit unit;
    private final String basis;
    private final String quote;
    private final boolean pausable;
    private final Extension extension;

    DeadlineRule(String title, int limit, DeadlineUnit unit, String basis, String quote) {
        this(title, limit, unit, basis, quote, false, Extension.NONE);
    }

    DeadlineRule(String title, int limit, DeadlineUnit unit, String basis, String quote, boolean pausable,
                 Extension extension) {
        this.title = title;
        this.limit = limit;
        this.unit = unit;
        this.basis = basis;
        this.quote = quote;
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

        static Extension approvedBy(String approver, int maxDays) {
            return new Extension(approver, maxDays);
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

    /** The law and article (or, for a local rule, that it is one). */
    public String basis() {
        return basis;
    }

    /** The key sentence of the published text, verbatim; null for a local rule. */
    public String quote() {
        return quote;
    }

    /** Set by local practice, not by a published text. */
    public boolean isLocal() {
        return quote == null;
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
