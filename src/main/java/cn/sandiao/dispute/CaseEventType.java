package cn.sandiao.dispute;

import cn.sandiao.audit.StepType;

public enum CaseEventType implements StepType {
    REGISTERED("登记"),
    /** The case is a dispute a screening round (排查) found: the round is named. */
    SCREENING_FOUND("排查发现"),
    TRIAGE_SUGGESTED("分流建议"),
    TRIAGED("受理分流"),
    ENTRUSTED("法院委派委托"),
    DECLINED("不予受理"),
    MEDIATOR_ASSIGNED("指派调解员"),
    CONSENT_RECORDED("调解意愿"),
    SESSION_HELD("调解"),
    OUTCOME_RECORDED("调解结果"),
    AGREEMENT_SIGNING("协议签署"),
    ESCALATED("移交"),
    DEADLINE_REMINDER("临期提醒"),
    SUPERVISED("督办"),
    DEADLINE_CHANGED("期限变更"),
    LEADER_INSTRUCTION("包案领导督导"),
    COURT_REVIEWED("法院审查"),
    CONFIRMATION("司法确认"),
    FOLLOW_UP("回访"),
    COURT_REPORT("向法院反馈"),
    DOCUMENT_ISSUED("出具文书"),
    ATTACHMENT_ADDED("上传材料"),
    CLOSED("结案"),
    REOPENED("重新调解");

    private final String label;

    CaseEventType(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
