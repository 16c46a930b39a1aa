package cn.sandiao.dispute;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What {@code POST /api/court/entrustments} takes: the court's hand-over (its case number, 委派 or 委托 with the
 * procedure, the body named and the day it signed for the materials) and the dispute as {@code POST /api/disputes}
 * registers it, its source being the court.
 */
public record EntrustCaseRequest(
        @NotBlank(message = "请填写法院案号") @Size(max = 64, message = "法院案号不能超过64个字符") String courtCaseNo,
        @NotNull(message = "请选择委派调解或委托调解") EntrustmentKind kind,
        CourtProcedure procedure,
        @NotBlank(message = "请选择承办的调解组织") @Size(max = 40, message = "调解组织代码过长") String committeeCode,
        @NotNull(message = "请填写调解组织签收材料的日期") LocalDate materialsSignedOn,
        DisputeType type,
        String regionCode,
        String description,
        BigDecimal amount,
        Integer peopleInvolved,
        Boolean abnormalDeath,
        Boolean repeatedEscalation,
        List<PartyInput> parties) {

    static EntrustCaseRequest of(String courtCaseNo, EntrustmentKind kind, CourtProcedure procedure, String committeeCode,
                                 LocalDate materialsSignedOn, RegisterDisputeRequest dispute) {
        return new EntrustCaseRequest(courtCaseNo, kind, procedure, committeeCode, materialsSignedOn, dispute.type(),
                dispute.regionCode(), dispute.description(), dispute.amount(), dispute.peopleInvolved(),
                dispute.abnormalDeath(), dispute.repeatedEscalation(), dispute.parties());
    }

    RegisterDisputeRequest dispute() {
        return new RegisterDisputeRequest(DisputeSource.COURT_ENTRUSTED, type, regionCode, description, amount,
                peopleInvolved, abnormalDeath, repeatedEscalation, parties);
    }
}
