package cn.sandiao.petition;

import cn.sandiao.common.validation.ChineseIdNumbers;
import cn.sandiao.common.validation.PhoneNumbers;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the petition API answers. */
public final class PetitionViews {

    private PetitionViews() {
    }

    public record Registered(Long id, String petitionNo, PetitionStatus status, boolean repeat, Long repeatOf,
                             String repeatEvidence) {
    }

    public record PetitionerView(String name, String idNumber, String phone) {

        PetitionerView masked() {
            return new PetitionerView(name, ChineseIdNumbers.mask(idNumber), PhoneNumbers.mask(phone));
        }
    }

    public record Detail(Long id, String petitionNo, PetitionStatus status, String statusLabel, PetitionForm form,
                         String formLabel, PetitionCategory category, String categoryLabel, String respondent,
                         String regionCode, String content, String demand, boolean repeat, Long repeatOf,
                         String repeatEvidence, LocalDate receivedOn, Instant registeredAt, String registeredBy,
                         List<PetitionerView> petitioners, LocalDate acceptanceDue, LocalDate acceptedOn,
                         AcceptanceDecision acceptanceDecision, String acceptanceRoute, LocalDate handlingDue,
                         Integer extendedDays, Long disputeCaseId, String mediationResult, LocalDate repliedOn,
                         String replyContent, PetitionEvaluation evaluation, LocalDate evaluatedOn,
                         String evaluationComment, LocalDate closedOn, String closureNote,
                         List<NoticeView> notices, List<ReviewView> reviews) {

        /** The same detail with ID numbers and phones masked, for the roles that only read. */
        Detail masked() {
            return new Detail(id, petitionNo, status, statusLabel, form, formLabel, category, categoryLabel, respondent,
                    regionCode, content, demand, repeat, repeatOf, repeatEvidence, receivedOn, registeredAt,
                    registeredBy, petitioners.stream().map(PetitionerView::masked).toList(), acceptanceDue, acceptedOn,
                    acceptanceDecision, acceptanceRoute, handlingDue, extendedDays, disputeCaseId, mediationResult,
                    repliedOn, replyContent, evaluation, evaluatedOn, evaluationComment, closedOn, closureNote, notices,
                    reviews);
        }
    }

    public record NoticeView(NoticeKind kind, String kindLabel, String content, LocalDate issuedOn, String issuedBy) {
    }

    public record ReviewView(ReviewLevel level, LocalDate requestedOn, String requestReason, LocalDate opinionDue,
                             String opinion, OpinionResult opinionResult, LocalDate opinionOn, String decidedBy) {
    }

    public record Summary(Long id, String petitionNo, PetitionStatus status, PetitionForm form,
                          PetitionCategory category, String respondent, String regionCode, boolean repeat,
                          LocalDate receivedOn) {
    }

    public record TimelineEntry(Instant time, String actor, PetitionEventType type, String typeLabel, String summary,
                                String detail) {
    }

    public record Page<T>(List<T> content, int page, int size, long totalElements, int totalPages) {
    }
}
