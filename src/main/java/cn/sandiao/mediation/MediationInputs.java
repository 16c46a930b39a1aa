package cn.sandiao.mediation;

import cn.sandiao.dispute.EscalationChoice;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** What the mediator submits on each mediation form, with its rules. */
final class MediationInputs {

    private MediationInputs() {
    }

    record Consent(
            @NotNull(message = "请选择当事人是否同意调解") Boolean partiesConsent,
            @Size(max = 1000, message = "拒绝理由不能超过1000字") String refusalReason) {

        @AssertTrue(message = "当事人拒绝调解时须填写拒绝理由")
        boolean isRefusalExplained() {
            return !Boolean.FALSE.equals(partiesConsent) || (refusalReason != null && !refusalReason.isBlank());
        }
    }

    record Session(
            @NotNull(message = "请填写调解日期") @PastOrPresent(message = "调解日期不能晚于今天") LocalDate sessionDate,
            @NotBlank(message = "请填写调解地点") @Size(max = 200, message = "调解地点不能超过200字") String sessionPlace,
            @NotBlank(message = "请填写参加人员") @Size(max = 1000, message = "参加人员不能超过1000字") String participants,
            @NotBlank(message = "请填写调解经过") @Size(max = 4000, message = "调解经过不能超过4000字") String sessionSummary,
            @NotNull(message = "请选择是否还需再次调解") Boolean anotherSession,
            // only offered where the mediation's rule allows a pause or an extension
            ClockChange clockChange) {
    }

    record Outcome(
            @NotNull(message = "请选择调解结果") MediationResult mediationResult,
            AgreementForm agreementForm,
            @Size(max = 4000, message = "协议内容不能超过4000字") String agreementContent,
            @DecimalMin(value = "0", message = "协议金额不能为负数")
            @Digits(integer = 13, fraction = 2, message = "协议金额最多13位整数、2位小数") BigDecimal agreementAmount,
            LocalDate performanceDeadline,
            @Size(max = 1000, message = "原因不能超过1000字") String failureReason,
            // asked by the form on a failure; without it (mediations started before it existed) the rules decide
            EscalationChoice escalateTo) {

        @AssertTrue(message = "调解成功时须选择协议形式并填写协议内容")
        boolean isAgreementComplete() {
            return mediationResult != MediationResult.SUCCESS
                    || (agreementForm != null && agreementContent != null && !agreementContent.isBlank());
        }

        @AssertTrue(message = "调解不成或撤回时须填写原因")
        boolean isFailureExplained() {
            return mediationResult == null || mediationResult == MediationResult.SUCCESS
                    || (failureReason != null && !failureReason.isBlank());
        }

        @AssertTrue(message = "调解结果只能是调解成功、调解不成或当事人撤回")
        boolean isResultOfOutcome() {
            return mediationResult != MediationResult.REFUSED;
        }
    }
}
