package cn.sandiao.dispute;

public enum DisputeType {
    MARRIAGE_FAMILY("婚姻家庭纠纷"),
    NEIGHBOUR("邻里纠纷"),
    LABOUR("劳动争议"),
    TRAFFIC("道路交通事故纠纷"),
    MEDICAL("医疗纠纷"),
    LAND_CONTRACT("土地承包经营纠纷"),
    LAND_REQUISITION("征地拆迁纠纷"),
    CONSUMER("消费纠纷"),
    PROPERTY_MANAGEMENT("物业纠纷"),
    ENVIRONMENT("环境污染纠纷"),
    CONTRACT_DEBT("合同债务纠纷"),
    OTHER("其他纠纷");

    private final String label;

    DisputeType(String label) {
        this.label = label;
    }

    /** The Chinese name users read. */
    public String label() {
        return label;
    }
}
