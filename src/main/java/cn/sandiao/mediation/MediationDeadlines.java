package cn.sandiao.mediation;

import cn.sandiao.dispute.DisputeType;
import cn.sandiao.organization.MediationLevel;
import cn.sandiao.workflow.DeadlineRule;

/** Which clock a mediation runs on: set by the dispute's type and by who mediates it. */
public final class MediationDeadlines {

    private MediationDeadlines() {
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
