package cn.sandiao.petition;

public enum PetitionStatus {
    REGISTERED("已登记"),
    CLOSED("已办结");

    private final String label;

    PetitionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
