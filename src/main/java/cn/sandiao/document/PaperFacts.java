package cn.sandiao.document;

import cn.sandiao.agreement.FollowUpRecords;
import cn.sandiao.common.ChinaTime;
import cn.sandiao.dispute.CourtEntrustment;
import cn.sandiao.dispute.DisputeCases;
import cn.sandiao.dispute.DisputeViews;
import cn.sandiao.mediation.Mediation;
import cn.sandiao.mediation.Mediations;
import cn.sandiao.organization.Committee;
import cn.sandiao.organization.CommitteeDirectory;
import cn.sandiao.workflow.CurrentActor;
import cn.sandiao.workflow.StaffNames;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The facts a paper's template may print, gathered from the case, its mediation, its sessions and its visits. */
@Component
class PaperFacts {

    private final Mediations mediations;
    private final FollowUpRecords followUps;
    private final StaffNames names;
    private final CommitteeDirectory committees;
    private final DocumentTemplates templates;
    private final DisputeCases cases;

    PaperFacts(Mediations mediations, FollowUpRecords followUps, StaffNames names, CommitteeDirectory committees,
               DocumentTemplates templates, DisputeCases cases) {
        this.mediations = mediations;
        this.followUps = followUps;
        this.names = names;
        this.committees = committees;
        this.templates = templates;
        this.cases = cases;
    }

    /** What every paper may print: the case's facts, the paper's number and code, the sessions and the visits. */
    Map<String, Object> of(IssuedDocument document, DisputeViews.Detail dispute, Mediation mediation,
                                      boolean readingCopy) {
        Committee body = mediation == null ? null : committees.get(mediation.getCommitteeCode());
        String committee = body == null ? "" : body.getName();
        Map<String, Object> facts = CaseFacts.of(dispute, committee, mediation,
                LocalDate.ofInstant(document.getIssuedAt(), ChinaTime.ZONE));
        facts.put("title", document.getKind().label());
        facts.put("documentNo", document.getDocumentNo());
        facts.put("version", document.getVersion());
        facts.put("verificationCode", document.getVerificationCode());
        facts.put("readingCopy", readingCopy);
        facts.put("seal", mediation == null ? null : templates.sealOf(mediation.getCommitteeCode()));
        if (mediation != null) {
            facts.put("mediatorName", mediation.getMediatorId() == null ? "" : names.user(mediation.getMediatorId()));
            facts.put("sessions", mediations.sessionsOf(mediation.getId()).stream().map(session -> Map.of(
                    "date", ChinaTime.date(session.getSessionDate()), "place", session.getPlace(),
                    "participants", session.getParticipants(), "summary", session.getSummary(),
                    "recordedBy", names.user(session.getRecordedBy()))).toList());
            facts.put("resultLabel", mediation.getResult() == null ? "" : mediation.getResult().label());
            facts.put("agreed", mediation.getResult() == cn.sandiao.mediation.MediationResult.SUCCESS);
            facts.put("agreementFormLabel",
                    mediation.getAgreementForm() == null ? "" : mediation.getAgreementForm().label());
            facts.put("failureReason", blankIfNull(mediation.getFailureReason()));
            facts.put("escalateToLabel", mediation.getEscalateTo() == null ? "" : mediation.getEscalateTo().label());
            facts.put("endedOn", mediation.getEndedAt() == null ? ""
                    : ChinaTime.date(LocalDate.ofInstant(mediation.getEndedAt(), ChinaTime.ZONE)));
            // the day every party signed the written agreement (人民调解法 第二十九条: it takes effect then)
            facts.put("effectiveOn", mediation.getAgreementSignedOn() == null ? ""
                    : ChinaTime.date(mediation.getAgreementSignedOn()));
        }
        // the court of the committee's place: where its parties apply for confirmation (民事诉讼法 第二百零五条)
        facts.put("courtName", body == null ? "" : committees.courtFor(body.getRegionCode()).map(Committee::getName)
                .orElse(""));
        CourtEntrustment entrusted = cases.courtEntrustmentOf(dispute.id()).orElse(null);
        facts.put("entrusted", entrusted != null);
        facts.put("courtCaseNo", entrusted == null ? "" : blankIfNull(entrusted.getCourtCaseNo()));
        facts.put("entrustmentLabel", entrusted == null ? "" : entrusted.describe());
        facts.put("entrustedBeforeFiling", entrusted != null
                && entrusted.getKind() == cn.sandiao.dispute.EntrustmentKind.BEFORE_FILING);
        facts.put("materialsSignedOn", entrusted == null ? "" : ChinaTime.date(entrusted.getMaterialsSignedOn()));
        facts.put("visits", followUps.visitsOf(dispute.id()).stream().map(visit -> Map.of(
                "dueOn", ChinaTime.date(visit.dueOn()),
                "visitedOn", ChinaTime.date(LocalDate.ofInstant(visit.visitedAt(), ChinaTime.ZONE)),
                "visitedBy", names.user(visit.visitedBy()), "performance", visit.performance(),
                "nextStep", visit.nextStep() == null ? "" : visit.nextStep(),
                "note", visit.note() == null ? "" : visit.note())).toList());
        return facts;
    }

    private static String blankIfNull(String text) {
        return text == null ? "" : text;
    }

    /** The cover's facts besides: how the mediation ended and when, who bound the file. */
    Map<String, Object> ofCaseFile(IssuedDocument document, DisputeViews.Detail dispute,
                                              Mediation mediation) {
        Map<String, Object> facts = of(document, dispute, mediation, false);
        facts.put("resultLabel", mediation.getResult() == null ? "" : mediation.getResult().label());
        facts.put("endedOn", ChinaTime.date(LocalDate.ofInstant(mediation.getEndedAt(), ChinaTime.ZONE)));
        facts.put("boundBy", CurrentActor.SYSTEM.equals(document.getIssuedBy()) ? "系统（结案时自动立卷）"
                : names.user(document.getIssuedBy()));
        return facts;
    }
}
