package cn.sandiao.petition;

/** How a petition reached the office (信访形式). */
public enum PetitionForm {
    LETTER("来信"),
    VISIT("来访"),
    LEADER_RECEPTION("领导接访"),
    ONLINE("网上信访"),
    PHONE("电话");

    private final String label;

    PetitionForm(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
