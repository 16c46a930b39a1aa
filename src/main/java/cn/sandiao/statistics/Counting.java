package cn.sandiao.statistics;

import cn.sandiao.agreement.FollowUp;
import cn.sandiao.agreement.JudicialConfirmation;
import cn.sandiao.dispute.CaseHandoff;
import cn.sandiao.dispute.CourtEntrustment;
import cn.sandiao.dispute.DisputeCase;
import cn.sandiao.mediation.Mediation;
import cn.sandiao.petition.Petition;
import cn.sandiao.petition.PetitionNotice;
import cn.sandiao.petition.PetitionReview;
import cn.sandiao.prevention.PreventionRecord;
import cn.sandiao.screening.ScreeningFinding;
import cn.sandiao.screening.ScreeningRound;
import cn.sandiao.statistics.CounterDelta.Owner;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The one definition of what each stored row counts towards (docs/statistics.md: how each figure is counted): a
 * pure function of the row. The counters hold the sum over all rows; {@link Recount} computes the same figures from
 * the tables.
 */
final class Counting {

    static final BigDecimal MAJOR_AMOUNT = new BigDecimal("500000");
    static final int MAJOR_PEOPLE = 5;
    static final Set<String> MEDIATED_RESULTS = Set.of("SUCCEEDED", "FAILED_TO_ADMINISTRATIVE", "FAILED_TO_JUDICIAL");
    static final Set<String> EVALUATED = Set.of("SATISFIED", "BASICALLY_SATISFIED", "DISSATISFIED");
    static final Set<String> SATISFIED = Set.of("SATISFIED", "BASICALLY_SATISFIED");
    static final Set<String> ACCEPTED = Set.of("ACCEPT", "REFER_TO_MEDIATION");
    static final String NO_CHANNEL = "NONE";
    /** The dimension of a court-handed case's counts: 委派 or 委托, as the court counts them. */
    static final String COURT = "court=";

    private static final Map<Class<?>, Function<FactRow, List<CounterDelta>>> BY_ENTITY = Map.ofEntries(
            Map.entry(PreventionRecord.class, Counting::prevention),
            Map.entry(ScreeningRound.class, Counting::screeningRound),
            Map.entry(ScreeningFinding.class, Counting::screeningFinding),
            Map.entry(DisputeCase.class, Counting::disputeCase),
            Map.entry(Mediation.class, Counting::mediation),
            Map.entry(CaseHandoff.class, Counting::handoff),
            Map.entry(JudicialConfirmation.class, Counting::confirmation),
            Map.entry(FollowUp.class, Counting::followUp),
            Map.entry(Petition.class, Counting::petition),
            Map.entry(PetitionNotice.class, Counting::petitionNotice),
            Map.entry(PetitionReview.class, Counting::petitionReview));

    private Counting() {
    }

    static boolean counts(Class<?> entity) {
        return BY_ENTITY.containsKey(entity);
    }

    static List<CounterDelta> of(Class<?> entity, FactRow row) {
        return row == null ? List.of() : BY_ENTITY.get(entity).apply(row);
    }

    static List<CounterDelta> disputeCase(FactRow row) {
        Deltas out = new Deltas(Owner.SELF, row.id("id"), row.text("regionCode"));
        LocalDate registered = Months.day(row.instant("registeredAt"));
        String type = "type=" + row.name("type");
        String source = "source=" + row.name("source");
        String court = court(row);
        out.add(registered, Metric.REGISTERED, "");
        out.add(registered, Metric.REGISTERED, type);
        out.add(registered, Metric.REGISTERED, source);
        if (court != null) {
            out.add(registered, Metric.REGISTERED, court);
        }
        BigDecimal amount = row.amount("amount");
        if (amount != null) {
            out.add(registered, Metric.AMOUNT_INVOLVED, "", amount);
        }
        List<String> major = majorCategories(row.flag("abnormalDeath"), amount, row.number("peopleInvolved"),
                row.flag("repeatedEscalation"));
        major.forEach(category -> out.add(registered, Metric.MAJOR, category));
        String result = row.name("result");
        if ("DECLINED".equals(result)) {
            out.add(registered, Metric.DECLINED, "");
        }
        if (row.instant("closedAt") == null) {
            return out.list;
        }
        LocalDate closed = Months.day(row.instant("closedAt"));
        String channel = row.name("channel") == null ? NO_CHANNEL : row.name("channel");
        long days = ChronoUnit.DAYS.between(registered, closed);
        out.add(closed, Metric.CLOSED, "", BigDecimal.valueOf(days));
        LocalDate limit = row.date("closingDue");
        if (limit != null && !closed.isAfter(limit)) {
            out.add(closed, Metric.ON_TIME, "");
        }
        out.add(closed, Metric.STAGE_DAYS, stage("TOTAL", channel, days));
        if (row.instant("triagedAt") != null) {
            LocalDate triaged = Months.day(row.instant("triagedAt"));
            out.add(closed, Metric.STAGE_DAYS, stage("TRIAGE", channel, ChronoUnit.DAYS.between(registered, triaged)));
            if (!"DECLINED".equals(result)) {
                out.add(closed, Metric.STAGE_DAYS, stage("MEDIATION", channel, ChronoUnit.DAYS.between(triaged, closed)));
            }
        }
        if (in(MEDIATED_RESULTS, result)) {
            out.add(closed, Metric.MEDIATED, "");
            out.add(closed, Metric.MEDIATED, type);
            out.add(closed, Metric.MEDIATED, source);
            out.add(closed, Metric.MEDIATED, "channel=" + channel);
            if (court != null) {
                out.add(closed, Metric.MEDIATED, court);
            }
            major.forEach(category -> out.add(closed, Metric.MAJOR_MEDIATED, category));
        }
        if ("SUCCEEDED".equals(result)) {
            out.add(closed, Metric.SUCCEEDED, "");
            out.add(closed, Metric.SUCCEEDED, type);
            out.add(closed, Metric.SUCCEEDED, source);
            out.add(closed, Metric.SUCCEEDED, "channel=" + channel);
            if (court != null) {
                out.add(closed, Metric.SUCCEEDED, court);
            }
            major.forEach(category -> out.add(closed, Metric.MAJOR_SUCCEEDED, category));
        }
        if ("WITHDRAWN".equals(result)) {
            out.add(closed, Metric.WITHDRAWN, "");
            if (court != null) {
                out.add(closed, Metric.WITHDRAWN, court);
            }
        }
        return out.list;
    }

    /**
     * {@code court=BEFORE_FILING} (委派) or {@code court=AFTER_FILING} (委托) for a case a court handed in, else null.
     * Hibernate gives the embedded entrustment whole; the generator's rows name its column's property.
     */
    static String court(FactRow row) {
        Object embedded = row.values().get("courtEntrustment");
        String kind = embedded instanceof CourtEntrustment entrustment && entrustment.getKind() != null
                ? entrustment.getKind().name() : row.name("entrustmentKind");
        return kind == null ? null : COURT + kind;
    }

    /** One incident prevented, in the month and region it happened, with the people it concerned. */
    static List<CounterDelta> prevention(FactRow row) {
        Deltas out = new Deltas(Owner.SELF, row.id("id"), row.text("regionCode"));
        out.add(row.date("occurredOn"), Metric.PREVENTED, row.name("kind"), 1,
                BigDecimal.valueOf(row.number("people")));
        return out.list;
    }

    /** One screening round held, in the month and region (the area screened) of the round, and by its kind. */
    static List<CounterDelta> screeningRound(FactRow row) {
        Deltas out = new Deltas(Owner.SELF, row.id("id"), row.text("regionCode"));
        LocalDate held = row.date("heldOn");
        out.add(held, Metric.SCREENING_ROUND, "");
        out.add(held, Metric.SCREENING_ROUND, "kind=" + row.name("kind"));
        return out.list;
    }

    /** One dispute a round found, in its round's month and region (which the finding keeps), and by its outcome. */
    static List<CounterDelta> screeningFinding(FactRow row) {
        Deltas out = new Deltas(Owner.SELF, row.id("id"), row.text("regionCode"));
        LocalDate held = row.date("heldOn");
        out.add(held, Metric.SCREENING_FOUND, "");
        out.add(held, Metric.SCREENING_FOUND, "outcome=" + row.name("outcome"));
        return out.list;
    }

    /** The 重大 categories a case falls in (it can be in several): the one rule for counters and recount. */
    static List<String> majorCategories(boolean abnormalDeath, BigDecimal amount, long peopleInvolved,
                                        boolean repeatedEscalation) {
        List<String> categories = new ArrayList<>();
        if (abnormalDeath) {
            categories.add("ABNORMAL_DEATH");
        }
        if (amount != null && amount.compareTo(MAJOR_AMOUNT) >= 0) {
            categories.add("AMOUNT_500K");
        }
        if (peopleInvolved >= MAJOR_PEOPLE) {
            categories.add("GROUP");
        }
        if (repeatedEscalation) {
            categories.add("REPEATED_ESCALATION");
        }
        return categories;
    }

    /** Whether a value (maybe null) is one of a set (Set.of refuses to be asked about null). */
    private static boolean in(Set<String> values, String value) {
        return value != null && values.contains(value);
    }

    static String stage(String stage, String channel, long days) {
        return stage + "|" + channel + "|" + days;
    }

    static List<CounterDelta> mediation(FactRow row) {
        Deltas out = new Deltas(Owner.DISPUTE_CASE, row.id("caseId"), null);
        String result = row.name("result");
        if (row.instant("endedAt") == null || !("SUCCESS".equals(result) || "FAILED".equals(result))) {
            return out.list;
        }
        LocalDate ended = Months.day(row.instant("endedAt"));
        List<String> dims = new ArrayList<>();
        dims.add("committee=" + row.text("committeeCode"));
        if (row.text("mediatorId") != null) {
            dims.add("mediator=" + row.text("mediatorId"));
        }
        for (String dim : dims) {
            out.add(ended, Metric.MEDIATION_ENDED, dim);
            if ("SUCCESS".equals(result)) {
                out.add(ended, Metric.MEDIATION_SUCCEEDED, dim);
            }
        }
        if ("SUCCESS".equals(result) && row.amount("agreementAmount") != null) {
            out.add(ended, Metric.AGREEMENT_AMOUNT, "", row.amount("agreementAmount"));
        }
        return out.list;
    }

    static List<CounterDelta> handoff(FactRow row) {
        Deltas out = new Deltas(Owner.DISPUTE_CASE, row.id("caseId"), null);
        out.add(Months.day(row.instant("handedOffAt")), Metric.ESCALATION,
                step(row.name("fromChannel"), row.name("fromLevel")) + ">" + step(row.name("toChannel"), row.name("toLevel")));
        return out.list;
    }

    /** A channel, and the level within people's mediation (村/镇/县), as one node of the escalation flow. */
    static String step(String channel, String level) {
        return "PEOPLE".equals(channel) && level != null ? channel + "/" + level : channel;
    }

    static List<CounterDelta> confirmation(FactRow row) {
        Deltas out = new Deltas(Owner.DISPUTE_CASE, row.id("caseId"), null);
        if (row.date("acceptedOn") != null) {
            out.add(row.date("acceptedOn"), Metric.CONFIRMATION_APPLIED, "");
        }
        if (row.name("ruling") != null && row.instant("decidedAt") != null) {
            out.add(Months.day(row.instant("decidedAt")), Metric.CONFIRMATION_RULED, row.name("ruling"));
        }
        return out.list;
    }

    static List<CounterDelta> followUp(FactRow row) {
        Deltas out = new Deltas(Owner.DISPUTE_CASE, row.id("caseId"), null);
        if (row.name("performance") != null && row.instant("recordedAt") != null) {
            out.add(Months.day(row.instant("recordedAt")), Metric.FOLLOW_UP, row.name("performance"));
        }
        return out.list;
    }

    static List<CounterDelta> petition(FactRow row) {
        Deltas out = new Deltas(Owner.SELF, row.id("id"), row.text("regionCode"));
        LocalDate received = row.date("receivedOn");
        boolean first = row.id("repeatOf") == null;
        if (first) {
            out.add(received, Metric.RECEIVED, "");
            out.add(received, Metric.RECEIVED, "form=" + row.name("form"));
            out.add(received, Metric.RECEIVED, "category=" + row.name("category"));
        } else {
            out.add(received, Metric.REPEAT, "");
        }
        LocalDate accepted = row.date("acceptedOn");
        if (accepted != null && in(ACCEPTED, row.name("acceptanceDecision"))) {
            out.add(accepted, Metric.ACCEPTED, "");
            LocalDate acceptanceDue = row.date("acceptanceDue");
            if (acceptanceDue != null && !accepted.isAfter(acceptanceDue)) {
                out.add(accepted, Metric.ACCEPTED_TIMELY, "");
            }
            if ("REFER_TO_MEDIATION".equals(row.name("acceptanceDecision"))) {
                out.add(accepted, Metric.TRANSFERRED_TO_MEDIATION, "");
            }
        }
        LocalDate replied = row.date("repliedOn");
        LocalDate due = row.date("handlingDue");
        if (replied != null) {
            out.add(replied, Metric.REPLIED, "");
            if (due != null) {
                out.add(replied, Metric.REPLIED_WITH_LIMIT, "");
                if (!replied.isAfter(due)) {
                    out.add(replied, Metric.REPLIED_ON_TIME, "");
                }
            }
            if (first) {
                out.add(replied, Metric.EVALUATION_SCOPE, "");
                if (in(EVALUATED, row.name("evaluation"))) {
                    out.add(replied, Metric.EVALUATED, "");
                }
                if (in(SATISFIED, row.name("evaluation"))) {
                    out.add(replied, Metric.SATISFIED, "");
                }
            }
        }
        if (due != null) {
            out.add(due, Metric.BACKLOG_CHANGE, "");
            LocalDate done = replied != null ? replied : row.date("closedOn");
            if (done != null) {
                out.add(done.isAfter(due) ? done : due, Metric.BACKLOG_CHANGE, "", -1, BigDecimal.ZERO);
            }
        }
        return out.list;
    }

    static List<CounterDelta> petitionNotice(FactRow row) {
        Deltas out = new Deltas(Owner.PETITION, row.id("petitionId"), null);
        if ("EXTENSION".equals(row.name("kind"))) {
            out.add(row.date("issuedOn"), Metric.EXTENDED, "");
        }
        return out.list;
    }

    static List<CounterDelta> petitionReview(FactRow row) {
        Deltas out = new Deltas(Owner.PETITION, row.id("petitionId"), null);
        out.add(row.date("requestedOn"), Metric.REVIEW_REQUESTED, row.name("level"));
        return out.list;
    }

    /** The deltas of one row: same owner, region and slot. */
    private static final class Deltas {
        final List<CounterDelta> list = new ArrayList<>();
        final Owner owner;
        final long ownerId;
        final String region;
        final int slot;

        Deltas(Owner owner, Long ownerId, String region) {
            this.owner = owner;
            this.ownerId = ownerId == null ? 0 : ownerId;
            this.region = region;
            this.slot = (int) Math.floorMod(this.ownerId, CounterDelta.SLOTS);
        }

        void add(LocalDate day, Metric metric, String dim) {
            add(day, metric, dim, 1, BigDecimal.ZERO);
        }

        void add(LocalDate day, Metric metric, String dim, BigDecimal total) {
            add(day, metric, dim, 1, total);
        }

        void add(LocalDate day, Metric metric, String dim, long count, BigDecimal total) {
            list.add(new CounterDelta(Months.key(day), region, owner, ownerId, metric, dim, slot, count, total));
        }
    }
}
