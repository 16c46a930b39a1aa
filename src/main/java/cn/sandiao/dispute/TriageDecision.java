package cn.sandiao.dispute;

import cn.sandiao.organization.MediationLevel;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The intake clerk's triage, as submitted from the triage form. */
record TriageDecision(
        @NotNull(message = "请选择是否受理") Boolean accepted,
        @Size(max = 1000, message = "不予受理理由不能超过1000字") String declineReason,
        DeclineRoute declineRoute,
        DisputeType disputeType,
        RiskLevel riskLevel,
        Channel channel,
        MediationLevel mediationLevel) {

    @AssertTrue(message = "不予受理时须填写理由并选择告知当事人的途径")
    boolean isDeclineExplained() {
        return !Boolean.FALSE.equals(accepted) || (declineReason != null && declineRoute != null);
    }

    @AssertTrue(message = "受理时须确定纠纷类型、风险等级、调解渠道，人民调解还须确定承办层级")
    boolean isRoutingComplete() {
        return !Boolean.TRUE.equals(accepted) || (disputeType != null && riskLevel != null && channel != null
                && (channel != Channel.PEOPLE || mediationLevel != null));
    }

    @AssertTrue(message = "司法调解的办理流程尚未开通，请选择人民调解或行政调解")
    boolean isChannelAvailable() {
        return !Boolean.TRUE.equals(accepted) || channel == null || channel == Channel.PEOPLE
                || channel == Channel.ADMINISTRATIVE;
    }

    @AssertTrue(message = "人民调解的承办层级只能是村（社区）、乡镇（街道）、县调处中心或县专业调委会")
    boolean isLevelOfPeoplesMediation() {
        return channel != Channel.PEOPLE || mediationLevel != MediationLevel.ADMINISTRATIVE;
    }

    /** The level that mediates: a department for administrative mediation, the chosen level otherwise. */
    MediationLevel mediatingLevel() {
        return channel == Channel.ADMINISTRATIVE ? MediationLevel.ADMINISTRATIVE : mediationLevel;
    }
}
