package cn.sandiao.document;

import cn.sandiao.agreement.FollowUpRecords;
import cn.sandiao.dispute.Channel;
import cn.sandiao.dispute.CourtEntrustment;
import cn.sandiao.dispute.DisputeCases;
import cn.sandiao.dispute.EntrustmentKind;
import cn.sandiao.mediation.AgreementForm;
import cn.sandiao.mediation.Mediation;
import cn.sandiao.mediation.MediationResult;
import cn.sandiao.mediation.Mediations;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** When each paper of a case can be issued: what the case must have got to first. */
@Component
class IssuingRules {

    private final Mediations mediations;
    private final FollowUpRecords followUps;
    private final DisputeCases cases;

    IssuingRules(Mediations mediations, FollowUpRecords followUps, DisputeCases cases) {
        this.mediations = mediations;
        this.followUps = followUps;
        this.cases = cases;
    }

    /** Why the kind cannot be issued now; empty if it can. Only people's mediation issues these papers. */
    Optional<String> refusal(DocumentKind kind, Long caseId, Optional<Mediation> mediation) {
        if (kind.ofPetition()) {
            return Optional.of(notForCases(kind));
        }
        boolean peoples = mediation.map(m -> m.getChannel() == Channel.PEOPLE).orElse(false);
        if (!peoples) {
            return Optional.of("案件尚未由人民调解委员会受理，不能出具" + kind.label());
        }
        Mediation latest = mediation.get();
        return switch (kind) {
            case ACCEPTANCE_REGISTER, RIGHTS_NOTICE, INVESTIGATION_RECORD -> Optional.empty();
            case MEDIATION_RECORD -> mediations.sessionsOf(latest.getId()).isEmpty()
                    ? Optional.of("尚未记录调解经过，不能出具人民调解记录") : Optional.empty();
            case MEDIATION_AGREEMENT -> latest.getResult() == MediationResult.SUCCESS
                    && latest.getAgreementForm() == AgreementForm.WRITTEN
                    ? Optional.empty() : Optional.of("调解尚未达成书面协议，不能出具人民调解协议书");
            case FOLLOW_UP_RECORD -> followUps.visitsOf(caseId).isEmpty()
                    ? Optional.of("尚未回访，不能出具人民调解回访记录") : Optional.empty();
            case ORAL_AGREEMENT_REGISTER -> latest.getResult() == MediationResult.SUCCESS
                    && latest.getAgreementForm() == AgreementForm.ORAL
                    ? Optional.empty() : Optional.of("调解尚未达成口头协议，不能出具人民调解口头协议登记表");
            case CONFIRMATION_APPLICATION -> confirmationRefusal(caseId, latest);
            case COURT_REPORT -> courtReportRefusal(caseId, latest);
            case CASE_FILE -> latest.getEndedAt() == null
                    ? Optional.of("人民调解尚未结束，不能立卷") : Optional.empty();
            // a petition's papers were refused above (PetitionDocuments issues them)
            case PETITION_ACCEPTANCE, PETITION_GUIDANCE, PETITION_TRANSFER, PETITION_MEDIATION_REFERRAL,
                 PETITION_EXTENSION, PETITION_REPLY, PETITION_REVIEW_OPINION, PETITION_RE_REVIEW_OPINION,
                 PETITION_NOT_ACCEPTED_AGAIN -> Optional.of(notForCases(kind));
        };
    }

    /** Only a written agreement is confirmed; one the court entrusted after filing ends in its 调解书 instead. */
    private Optional<String> confirmationRefusal(Long caseId, Mediation latest) {
        if (latest.getResult() != MediationResult.SUCCESS || latest.getAgreementForm() != AgreementForm.WRITTEN) {
            return Optional.of("调解尚未达成书面协议，不能出具司法确认申请书");
        }
        boolean entrustedAfterFiling = cases.courtEntrustmentOf(caseId).map(CourtEntrustment::getKind)
                .filter(kind -> kind == EntrustmentKind.AFTER_FILING).isPresent();
        // 特邀调解规定 第二十条: the agreement goes to the court, which reviews it and makes its 调解书
        return entrustedAfterFiling
                ? Optional.of("委托调解达成的协议由人民法院审查并制作调解书结案，不申请司法确认")
                : Optional.empty();
    }

    /** The report goes back to the court that handed the case in, once the mediation is over (第二十六条). */
    private Optional<String> courtReportRefusal(Long caseId, Mediation latest) {
        if (cases.courtEntrustmentOf(caseId).isEmpty()) {
            return Optional.of("本案不是人民法院委派或委托调解的案件，不出具委派（委托）调解结果报告");
        }
        return latest.getEndedAt() == null
                ? Optional.of("调解尚未结束，不能出具委派（委托）调解结果报告") : Optional.empty();
    }

    private static String notForCases(DocumentKind kind) {
        return kind.label() + "是信访事项的文书，不随纠纷案件出具";
    }
}
