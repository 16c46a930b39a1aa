package cn.sandiao.dispute;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    /** The court hands 东村's neighbour dispute to {@code committeeCode}, which signed for it on {@code signedOn}. */
    public static EntrustCaseRequest entrusted(EntrustmentKind kind, CourtProcedure procedure, String committeeCode,
                                               LocalDate signedOn) {
        RegisterDisputeRequest base = neighbourDispute(DONGCUN);
        return new EntrustCaseRequest("（2026）和民初123号", kind, procedure, committeeCode, signedOn, base.type(),
                base.regionCode(), base.description(), base.amount(), base.peopleInvolved(), false, false,
                base.parties());
    }

    /** A neighbour dispute in 东村 that came from {@code source}. */
    public static RegisterDisputeRequest fromSource(DisputeSource source) {
        RegisterDisputeRequest base = neighbourDispute(DONGCUN);
        return new RegisterDisputeRequest(source, base.type(), base.regionCode(), base.description(),
                base.amount(), base.peopleInvolved(), false, false, base.parties());
    }

    /** A neighbour dispute in 东村 whose description is what the clerk typed. */
    public static RegisterDisputeRequest withDescription(String description) {
        RegisterDisputeRequest base = neighbourDispute(DONGCUN);
        return new RegisterDisputeRequest(base.source(), base.type(), base.regionCode(), description,
                base.amount(), base.peopleInvolved(), false, false, base.parties());
    }

    /** A registration with the applicant's ID number and phone replaced. */
    public static RegisterDisputeRequest withApplicant(String idNumber, String phone) {
        RegisterDisputeRequest base = neighbourDispute(DONGCUN);
        PartyInput applicant = base.parties().get(0);
        return new RegisterDisputeRequest(base.source(), base.type(), base.regionCode(), base.description(),
                base.amount(), base.peopleInvolved(), false, false,
                List.of(new PartyInput(applicant.role(), applicant.kind(), applicant.name(), idNumber, null, phone),
                        base.parties().get(1)));
    }

    /** The Tasklist start form's values, as form-js submits them. */
    public static Map<String, Object> startFormValues(String applicantId, String applicantPhone) {
        Map<String, Object> values = new HashMap<>();
        values.put("source", "PHONE_12345");
        values.put("disputeType", "NEIGHBOUR");
        values.put("regionCode", DONGCUN);
        values.put("description", "邻居装修噪音扰民");
        values.put("amount", 0);
        values.put("peopleInvolved", 2L);
        values.put("abnormalDeath", false);
        values.put("applicantKind", "PERSON");
        values.put("applicantName", "王五");
        values.put("applicantIdNumber", applicantId);
        values.put("applicantPhone", applicantPhone);
        values.put("respondentKind", "PERSON");
        values.put("respondentName", "赵六");
        values.put("respondentIdNumber", RESPONDENT_ID);
        values.put("respondentPhone", "13812345678");
        return values;
    }

    public static RegisterDisputeRequest of(DisputeType type, String villageCode, BigDecimal amount, int people,
                                            boolean abnormalDeath) {
        RegisterDisputeRequest base = neighbourDispute(villageCode);
        return new RegisterDisputeRequest(base.source(), type, villageCode, base.description(), amount, people,
                abnormalDeath, false, base.parties());
    }
}
