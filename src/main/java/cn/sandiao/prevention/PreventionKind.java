package cn.sandiao.prevention;

/** What was prevented, in the words county reports use (e.g. 防止民转刑案件222件680人). */
public enum PreventionKind {
    CIVIL_TO_CRIMINAL("防止民间纠纷转化为刑事案件"),
    GROUP_PETITION("防止群体性上访"),
    GROUP_FIGHT("防止群体性械斗"),
    SUICIDE("防止可能引起的自杀");

    private final String label;

    PreventionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
