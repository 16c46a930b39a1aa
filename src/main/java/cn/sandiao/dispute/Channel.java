package cn.sandiao.dispute;

import cn.sandiao.organization.MediationLevel;

public enum Channel {
    PEOPLE("人民调解"),
    ADMINISTRATIVE("行政调解"),
    JUDICIAL("司法调解"),
    /** Not a mediation channel: a labour dispute that mediation did not settle is guided to arbitration. */
    ARBITRATION("劳动人事争议仲裁");

    private final String label;

    /** The channel a body of this level mediates in. */
    public static Channel of(MediationLevel level) {
        return switch (level) {
            case ADMINISTRATIVE -> ADMINISTRATIVE;
            case COURT -> JUDICIAL;
            default -> PEOPLE;
        };
    }

    Channel(String label) {
        this.label = label;
    }

    /** The Chinese name users read. */
    public String label() {
        return label;
    }
}
