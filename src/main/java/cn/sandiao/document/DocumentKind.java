package cn.sandiao.document;

/**
 * The papers the product issues for a dispute case. Each has a Thymeleaf template of the same name under
 * {@code documents/templates/} (a county may override it, see {@link DocumentTemplates}).
 */
public enum DocumentKind {
    /** 人民调解受理登记表: the committee's record that it took the case in (the case file's first required item). */
    ACCEPTANCE_REGISTER("人民调解受理登记表", "acceptance-register"),
    /** 人民调解协议书: the written agreement the parties sign (人民调解法 第二十八条、第二十九条). */
    MEDIATION_AGREEMENT("人民调解协议书", "mediation-agreement");

    private final String label;
    private final String template;

    DocumentKind(String label, String template) {
        this.label = label;
        this.template = template;
    }

    public String label() {
        return label;
    }

    String template() {
        return template;
    }
}
