package cn.sandiao.audit;

/** The two kinds of case the application keeps a history of; audit_event.subject_kind holds the name. */
public enum SubjectKind {
    DISPUTE("纠纷案件"),
    PETITION("信访事项");

    private final String label;

    SubjectKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
