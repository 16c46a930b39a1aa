package cn.sandiao.simulation;

import cn.sandiao.agreement.FollowUp;
import cn.sandiao.agreement.JudicialConfirmation;
import cn.sandiao.dispute.CaseHandoff;
import cn.sandiao.dispute.DisputeCase;
import cn.sandiao.mediation.Mediation;
import cn.sandiao.petition.Petition;
import cn.sandiao.petition.PetitionNotice;
import cn.sandiao.petition.PetitionReview;
import java.sql.Types;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A domain table the generator writes, column by column with the entity's property name for it: a generated row
 * is a map of property names, the same map is the {@link FactRow} that {@link Counting} reads and the values the
 * insert binds. Listed in foreign-key order.
 */
enum SyntheticTable {
    DISPUTE_CASE("dispute_case", DisputeCase.class,
            c("id", "id", Types.BIGINT), c("case_no", "caseNo", Types.VARCHAR), c("source", "source", Types.VARCHAR),
            c("dispute_type", "type", Types.VARCHAR), c("region_code", "regionCode", Types.VARCHAR),
            c("description", "description", Types.VARCHAR), c("amount", "amount", Types.NUMERIC),
            c("people_involved", "peopleInvolved", Types.INTEGER), c("abnormal_death", "abnormalDeath", Types.BOOLEAN),
            c("repeated_escalation", "repeatedEscalation", Types.BOOLEAN), c("status", "status", Types.VARCHAR),
            c("risk_level", "riskLevel", Types.VARCHAR), c("risk_reason", "riskReason", Types.VARCHAR),
            c("channel", "channel", Types.VARCHAR), c("mediation_level", "mediationLevel", Types.VARCHAR),
            c("committee_code", "committeeCode", Types.VARCHAR), c("result", "result", Types.VARCHAR),
            c("closure_note", "closureNote", Types.VARCHAR), c("decline_reason", "declineReason", Types.VARCHAR),
            c("decline_route", "declineRoute", Types.VARCHAR),
            c("registered_at", "registeredAt", Types.TIMESTAMP_WITH_TIMEZONE),
            c("registered_by", "registeredBy", Types.VARCHAR), c("triage_due", "triageDue", Types.DATE),
            c("triaged_at", "triagedAt", Types.TIMESTAMP_WITH_TIMEZONE),
            c("closed_at", "closedAt", Types.TIMESTAMP_WITH_TIMEZONE), c("closing_due", "closingDue", Types.DATE),
            c("process_instance_id", "processInstanceId", Types.VARCHAR), c("version", "version", Types.BIGINT),
            // what a court stated when it handed a case in: not generated (source 法院委派委托 cases are imported ones)
            c("court_case_no", "courtCaseNo", Types.VARCHAR), c("entrustment_kind", "entrustmentKind", Types.VARCHAR),
            c("court_procedure", "courtProcedure", Types.VARCHAR),
            c("entrusted_committee", "entrustedCommittee", Types.VARCHAR),
            c("materials_signed_on", "materialsSignedOn", Types.DATE)),
    DISPUTE_PARTY("dispute_party", null,
            c("id", "id", Types.BIGINT), c("case_id", "caseId", Types.BIGINT), c("position", "position", Types.INTEGER),
            c("role", "role", Types.VARCHAR), c("kind", "kind", Types.VARCHAR), c("name", "name", Types.VARCHAR),
            c("id_number", "idNumber", Types.VARCHAR), c("id_number_fingerprint", "idNumberFingerprint", Types.VARCHAR),
            c("credit_code", "creditCode", Types.VARCHAR), c("phone", "phone", Types.VARCHAR)),
    MEDIATION("mediation", Mediation.class,
            c("id", "id", Types.BIGINT), c("case_id", "caseId", Types.BIGINT), c("channel", "channel", Types.VARCHAR),
            c("mediation_level", "level", Types.VARCHAR), c("committee_code", "committeeCode", Types.VARCHAR),
            c("mediator_id", "mediatorId", Types.VARCHAR), c("accepted_on", "acceptedOn", Types.DATE),
            c("due_on", "dueOn", Types.DATE), c("due_rule", "dueRule", Types.VARCHAR),
            c("started_at", "startedAt", Types.TIMESTAMP_WITH_TIMEZONE),
            c("parties_consent", "partiesConsent", Types.BOOLEAN), c("refusal_reason", "refusalReason", Types.VARCHAR),
            c("result", "result", Types.VARCHAR), c("agreement_form", "agreementForm", Types.VARCHAR),
            c("agreement_content", "agreementContent", Types.VARCHAR),
            c("agreement_amount", "agreementAmount", Types.NUMERIC),
            c("performance_deadline", "performanceDeadline", Types.DATE),
            c("agreement_signed_on", "agreementSignedOn", Types.DATE),
            c("failure_reason", "failureReason", Types.VARCHAR), c("escalate_to", "escalateTo", Types.VARCHAR),
            c("ended_at", "endedAt", Types.TIMESTAMP_WITH_TIMEZONE), c("version", "version", Types.BIGINT)),
    MEDIATION_SESSION("mediation_session", null,
            c("id", "id", Types.BIGINT), c("mediation_id", "mediationId", Types.BIGINT),
            c("session_date", "sessionDate", Types.DATE), c("place", "place", Types.VARCHAR),
            c("participants", "participants", Types.VARCHAR), c("summary", "summary", Types.VARCHAR),
            c("recorded_by", "recordedBy", Types.VARCHAR),
            c("recorded_at", "recordedAt", Types.TIMESTAMP_WITH_TIMEZONE)),
    CASE_HANDOFF("case_handoff", CaseHandoff.class,
            c("id", "id", Types.BIGINT), c("case_id", "caseId", Types.BIGINT),
            c("from_channel", "fromChannel", Types.VARCHAR), c("from_level", "fromLevel", Types.VARCHAR),
            c("from_committee", "fromCommittee", Types.VARCHAR), c("to_channel", "toChannel", Types.VARCHAR),
            c("to_level", "toLevel", Types.VARCHAR), c("reason", "reason", Types.VARCHAR),
            c("handed_off_at", "handedOffAt", Types.TIMESTAMP_WITH_TIMEZONE), c("actor", "actor", Types.VARCHAR)),
    JUDICIAL_CONFIRMATION("judicial_confirmation", JudicialConfirmation.class,
            c("id", "id", Types.BIGINT), c("case_id", "caseId", Types.BIGINT),
            c("mediation_id", "mediationId", Types.BIGINT), c("window_ends_on", "windowEndsOn", Types.DATE),
            c("agreement_effective_on", "agreementEffectiveOn", Types.DATE), // null: no signed scan in the archive
            c("status", "status", Types.VARCHAR), c("accepted_on", "acceptedOn", Types.DATE),
            c("ruling_due_on", "rulingDueOn", Types.DATE), c("ruling", "ruling", Types.VARCHAR),
            c("ruling_reason", "rulingReason", Types.VARCHAR), c("rejected_route", "rejectedRoute", Types.VARCHAR),
            c("decided_by", "decidedBy", Types.VARCHAR),
            c("decided_at", "decidedAt", Types.TIMESTAMP_WITH_TIMEZONE), c("version", "version", Types.BIGINT)),
    FOLLOW_UP("follow_up", FollowUp.class,
            c("id", "id", Types.BIGINT), c("case_id", "caseId", Types.BIGINT),
            c("mediation_id", "mediationId", Types.BIGINT), c("due_on", "dueOn", Types.DATE),
            c("performance", "performance", Types.VARCHAR), c("next_step", "nextStep", Types.VARCHAR),
            c("note", "note", Types.VARCHAR), c("recorded_by", "recordedBy", Types.VARCHAR),
            c("recorded_at", "recordedAt", Types.TIMESTAMP_WITH_TIMEZONE), c("version", "version", Types.BIGINT)),
    CASE_EVENT("case_event", null,
            c("id", "id", Types.BIGINT), c("case_id", "caseId", Types.BIGINT),
            c("occurred_at", "occurredAt", Types.TIMESTAMP_WITH_TIMEZONE), c("actor", "actor", Types.VARCHAR),
            c("event_type", "type", Types.VARCHAR), c("summary", "summary", Types.VARCHAR),
            c("detail", "detail", Types.VARCHAR)),
    PETITION("petition", Petition.class,
            c("id", "id", Types.BIGINT), c("petition_no", "petitionNo", Types.VARCHAR), c("form", "form", Types.VARCHAR),
            c("category", "category", Types.VARCHAR), c("respondent", "respondent", Types.VARCHAR),
            c("region_code", "regionCode", Types.VARCHAR), c("content", "content", Types.VARCHAR),
            c("demand", "demand", Types.VARCHAR), c("status", "status", Types.VARCHAR),
            c("repeat_of", "repeatOf", Types.BIGINT), c("repeat_evidence", "repeatEvidence", Types.VARCHAR),
            c("received_on", "receivedOn", Types.DATE),
            c("registered_at", "registeredAt", Types.TIMESTAMP_WITH_TIMEZONE),
            c("registered_by", "registeredBy", Types.VARCHAR),
            c("process_instance_id", "processInstanceId", Types.VARCHAR),
            c("acceptance_due", "acceptanceDue", Types.DATE), c("accepted_on", "acceptedOn", Types.DATE),
            c("acceptance_decision", "acceptanceDecision", Types.VARCHAR),
            c("acceptance_route", "acceptanceRoute", Types.VARCHAR), c("handling_due", "handlingDue", Types.DATE),
            c("extended_days", "extendedDays", Types.INTEGER), c("dispute_case_id", "disputeCaseId", Types.BIGINT),
            c("mediation_result", "mediationResult", Types.VARCHAR), c("replied_on", "repliedOn", Types.DATE),
            c("reply_content", "replyContent", Types.VARCHAR), c("evaluation", "evaluation", Types.VARCHAR),
            c("evaluated_on", "evaluatedOn", Types.DATE),
            c("evaluation_comment", "evaluationComment", Types.VARCHAR), c("closed_on", "closedOn", Types.DATE),
            c("closure_note", "closureNote", Types.VARCHAR), c("version", "version", Types.BIGINT)),
    PETITIONER("petitioner", null,
            c("id", "id", Types.BIGINT), c("petition_id", "petitionId", Types.BIGINT),
            c("position", "position", Types.INTEGER), c("name", "name", Types.VARCHAR),
            c("id_number", "idNumber", Types.VARCHAR), c("id_number_fingerprint", "idNumberFingerprint", Types.VARCHAR),
            c("phone", "phone", Types.VARCHAR)),
    PETITION_NOTICE("petition_notice", PetitionNotice.class,
            c("id", "id", Types.BIGINT), c("petition_id", "petitionId", Types.BIGINT), c("kind", "kind", Types.VARCHAR),
            c("content", "content", Types.VARCHAR), c("issued_on", "issuedOn", Types.DATE),
            c("issued_by", "issuedBy", Types.VARCHAR),
            c("recorded_at", "recordedAt", Types.TIMESTAMP_WITH_TIMEZONE)),
    PETITION_REVIEW("petition_review", PetitionReview.class,
            c("id", "id", Types.BIGINT), c("petition_id", "petitionId", Types.BIGINT), c("level", "level", Types.VARCHAR),
            c("requested_on", "requestedOn", Types.DATE), c("request_reason", "requestReason", Types.VARCHAR),
            c("requested_by", "requestedBy", Types.VARCHAR), c("opinion_due", "opinionDue", Types.DATE),
            c("opinion", "opinion", Types.VARCHAR), c("opinion_result", "opinionResult", Types.VARCHAR),
            c("opinion_on", "opinionOn", Types.DATE), c("decided_by", "decidedBy", Types.VARCHAR),
            c("version", "version", Types.BIGINT)),
    PETITION_EVENT("petition_event", null,
            c("id", "id", Types.BIGINT), c("petition_id", "petitionId", Types.BIGINT),
            c("occurred_at", "occurredAt", Types.TIMESTAMP_WITH_TIMEZONE), c("actor", "actor", Types.VARCHAR),
            c("event_type", "type", Types.VARCHAR), c("summary", "summary", Types.VARCHAR),
            c("detail", "detail", Types.VARCHAR));

    record Column(String name, String property, int sqlType) {
    }

    final String table;
    /** The counted entity whose rows these are, or null for a table no figure counts. */
    final Class<?> entity;
    final List<Column> columns;

    SyntheticTable(String table, Class<?> entity, Column... columns) {
        this.table = table;
        this.entity = entity;
        this.columns = List.of(columns);
    }

    String insertSql() {
        return "insert into " + table + " (" + columns.stream().map(Column::name).collect(Collectors.joining(", "))
                + ") values (" + columns.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")";
    }

    private static Column c(String name, String property, int sqlType) {
        return new Column(name, property, sqlType);
    }
}
