package cn.sandiao.dispute;

import java.math.BigDecimal;
import java.util.List;

/** Valid registrations to start from; tests change one thing at a time. */
public final class DisputeRequests {

    public static final String DONGCUN = "990101001001";
    public static final String XICUN = "990101001002";
    public static final String CHENGGUAN_TOWNSHIP = "990101001";
    /** GB 11643 sample numbers with correct check characters. */
    public static final String APPLICANT_ID = "11010519491231002X";
    public static final String RESPONDENT_ID = "440304198506151237";
    public static final String COMPANY_CREDIT_CODE = "91350100M000100Y43";

    private DisputeRequests() {
    }

    public static RegisterDisputeRequest neighbourDispute(String villageCode) {
        return new RegisterDisputeRequest(DisputeSource.WALK_IN, DisputeType.NEIGHBOUR, villageCode,
                "两户因宅基地边界的围墙发生争执", new BigDecimal("3000"), 2, false, false,
                List.of(new PartyInput(PartyRole.APPLICANT, PartyKind.PERSON, "张三", APPLICANT_ID, null, "13800138000"),
                        new PartyInput(PartyRole.RESPONDENT, PartyKind.PERSON, "李四", RESPONDENT_ID, null,
                                "0791-86001234")));
    }

    public static RegisterDisputeRequest of(DisputeType type, String villageCode, BigDecimal amount, int people,
                                            boolean abnormalDeath) {
        RegisterDisputeRequest base = neighbourDispute(villageCode);
        return new RegisterDisputeRequest(base.source(), type, villageCode, base.description(), amount, people,
                abnormalDeath, false, base.parties());
    }
}
