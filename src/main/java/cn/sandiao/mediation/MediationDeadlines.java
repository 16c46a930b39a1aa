package cn.sandiao.mediation;

import cn.sandiao.dispute.CourtEntrustment;
import cn.sandiao.dispute.CourtProcedure;
import cn.sandiao.dispute.DisputeType;
import cn.sandiao.organization.MediationLevel;
import cn.sandiao.workflow.DeadlineRule;

/** Which clock a mediation runs on: set by the dispute's type and by who mediates it. */
public final class MediationDeadlines {

    private MediationDeadlines() {
    }

    /** A court's 委派 or 委托 runs on the court's limit, whichever body mediates (特邀调解规定 第二十七条). */
    public static DeadlineRule ruleFor(CourtEntrustment entrustment) {
        return switch (entrustment.getKind()) {
            case BEFORE_FILING -> DeadlineRule.COURT_ENTRUSTED_PRE_FILING;
            case AFTER_FILING -> entrustment.getProcedure() == CourtProcedure.SIMPLE
                    ? DeadlineRule.COURT_ENTRUSTED_AFTER_FILING_SIMPLE
                    : DeadlineRule.COURT_ENTRUSTED_AFTER_FILING_ORDINARY;
        };
    }

    public static DeadlineRule ruleFor(MediationLevel level, DisputeType type) {
        if (level == MediationLevel.COURT) {
            return DeadlineRule.COURT_ENTRUSTED_PRE_FILING;
        }
        boolean administrative = level == MediationLevel.ADMINISTRATIVE;
        return switch (type) {
            case MEDICAL -> DeadlineRule.MEDICAL_MEDIATION;
            // the 15 days bind the bodies of 劳动争议调解仲裁法 第十条, among them the grassroots people's committees
            case LABOUR -> administrative ? DeadlineRule.ADMINISTRATIVE_MEDIATION : DeadlineRule.LABOUR_MEDIATION;
            case TRAFFIC -> administrative ? DeadlineRule.TRAFFIC_MEDIATION : DeadlineRule.PEOPLE_MEDIATION;
            default -> administrative ? DeadlineRule.ADMINISTRATIVE_MEDIATION : DeadlineRule.PEOPLE_MEDIATION;
        };
    }
}
