package cn.sandiao.dispute;

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
    }

    public record Detail(Long id, String caseNo, CaseStatus status, String statusLabel, DisputeSource source,
                         DisputeType type, String typeLabel, String regionCode, String description, BigDecimal amount,
                         int peopleInvolved, boolean abnormalDeath, boolean repeatedEscalation, RiskLevel riskLevel,
                         String riskReason, Channel channel, MediationLevel mediationLevel, String committeeCode,
                         CaseResult result, String resultLabel, String closureNote, String declineReason,
                         DeclineRoute declineRoute, Instant registeredAt, String registeredBy, LocalDate triageDue,
                         Instant triagedAt, Instant closedAt, List<PartyView> parties) {
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
