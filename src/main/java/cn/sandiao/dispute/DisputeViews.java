package cn.sandiao.dispute;

import cn.sandiao.common.validation.ChineseIdNumbers;
import cn.sandiao.common.validation.PhoneNumbers;
import cn.sandiao.organization.MediationLevel;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the dispute API answers. */
public final class DisputeViews {

    private DisputeViews() {
    }

    public record Registered(Long id, String caseNo, CaseStatus status) {
    }

    public record PartyView(PartyRole role, PartyKind kind, String name, String idNumber, String creditCode,
                            String phone) {

        PartyView masked() {
            return new PartyView(role, kind, name, ChineseIdNumbers.mask(idNumber), creditCode, PhoneNumbers.mask(phone));
        }
    }

    public record Detail(Long id, String caseNo, CaseStatus status, String statusLabel, DisputeSource source,
                         DisputeType type, String typeLabel, String regionCode, String description, BigDecimal amount,
                         int peopleInvolved, boolean abnormalDeath, boolean repeatedEscalation, RiskLevel riskLevel,
                         String riskReason, Channel channel, MediationLevel mediationLevel, String committeeCode,
                         CaseResult result, String resultLabel, String closureNote, String declineReason,
                         DeclineRoute declineRoute, Instant registeredAt, String registeredBy, LocalDate triageDue,
                         Instant triagedAt, Instant closedAt, List<PartyView> parties) {

        /** The same detail with ID numbers and phones masked, for the roles that only read. */
        Detail masked() {
            return new Detail(id, caseNo, status, statusLabel, source, type, typeLabel, regionCode, description, amount,
                    peopleInvolved, abnormalDeath, repeatedEscalation, riskLevel, riskReason, channel, mediationLevel,
                    committeeCode, result, resultLabel, closureNote, declineReason, declineRoute, registeredAt,
                    registeredBy, triageDue, triagedAt, closedAt, parties.stream().map(PartyView::masked).toList());
        }
    }

    public record Summary(Long id, String caseNo, CaseStatus status, DisputeType type, String regionCode,
                          RiskLevel riskLevel, MediationLevel mediationLevel, String committeeCode, CaseResult result,
                          Instant registeredAt, LocalDate triageDue, Instant closedAt) {
    }

    public record TimelineEntry(Instant time, String actor, CaseEventType type, String typeLabel, String summary,
                                String detail) {
    }

    public record Page<T>(List<T> content, int page, int size, long totalElements, int totalPages) {
    }
}
