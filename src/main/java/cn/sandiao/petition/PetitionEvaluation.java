package cn.sandiao.petition;

/** The petitioner's evaluation of the reply. */
public enum PetitionEvaluation {
    SATISFIED("满意"),
    BASICALLY_SATISFIED("基本满意"),
    DISSATISFIED("不满意"),
    NOT_EVALUATED("未评价");

    private final String label;

    PetitionEvaluation(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
