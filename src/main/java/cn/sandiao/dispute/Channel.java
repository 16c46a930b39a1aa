package cn.sandiao.dispute;

public enum Channel {
    PEOPLE("人民调解"),
    ADMINISTRATIVE("行政调解"),
    JUDICIAL("司法调解"),
    /** Not a mediation channel: a labour dispute that mediation did not settle is guided to arbitration. */
    ARBITRATION("劳动人事争议仲裁");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    /** The Chinese name users read. */
    public String label() {
        return label;
    }
}
