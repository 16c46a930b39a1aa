package cn.sandiao.simulation;

import static cn.sandiao.simulation.SyntheticRows.instant;

import cn.sandiao.agreement.FollowUp;
import cn.sandiao.agreement.JudicialConfirmation;
import cn.sandiao.dispute.CaseEventType;
import cn.sandiao.dispute.CaseResult;
import cn.sandiao.dispute.CaseStatus;
import cn.sandiao.dispute.Channel;
import cn.sandiao.dispute.DeclineRoute;
import cn.sandiao.dispute.DisputeSource;
import cn.sandiao.dispute.DisputeType;
import cn.sandiao.dispute.EscalationChoice;
import cn.sandiao.dispute.PartyKind;
import cn.sandiao.dispute.PartyRole;
import cn.sandiao.dispute.RiskLevel;
import cn.sandiao.mediation.AgreementForm;
import cn.sandiao.mediation.MediationResult;
import cn.sandiao.organization.MediationLevel;
import cn.sandiao.simulation.SyntheticOrganization.Body;
import cn.sandiao.simulation.SyntheticOrganization.Village;
import cn.sandiao.mediation.MediationDeadlines;
import cn.sandiao.workflow.DeadlineRule;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * One closed historical dispute with everything the flows would have stored: the case and its parties, a mediation
 * (with a session) per attempt, the hand-offs between levels and channels, the agreement's judicial confirmation
 * and follow-up, and the registration and closure in its timeline. No process instance: like data imported from
 * before the system. The proportions are set here, in one place.
 */
final class SyntheticDisputes {

    /** Upper bounds of rows per case, for reserving ids. */
    static final Map<SyntheticTable, Integer> MAX_ROWS = Map.of(SyntheticTable.DISPUTE_CASE, 1,
            SyntheticTable.DISPUTE_PARTY, 3, SyntheticTable.MEDIATION, 5, SyntheticTable.MEDIATION_SESSION, 5,
            SyntheticTable.CASE_HANDOFF, 5, SyntheticTable.JUDICIAL_CONFIRMATION, 1, SyntheticTable.FOLLOW_UP, 1,
            SyntheticTable.CASE_EVENT, 7);
    static final String CASE_PREFIX = "SIM-TJ-";
    static final String ACTOR = "intake";

    /** A type's share of a county's cases, its median claim (yuan) and how its description reads. */
    private record TypeProfile(int share, int medianAmount, String description) {
    }

    private static final Map<DisputeType, TypeProfile> TYPES = typeProfiles();
    private static final Weights<DisputeType> TYPE_SHARES = Weights.of(TYPES, TypeProfile::share);
    private static final Weights<DisputeSource> SOURCES = Weights.of(new EnumMap<>(Map.of(
            DisputeSource.WALK_IN, 40, DisputeSource.PHONE_12345, 15, DisputeSource.GRID_SCREENING, 27,
            DisputeSource.POLICE_REFERRAL, 8, DisputeSource.COURT_ENTRUSTED, 5, DisputeSource.DEPARTMENT_REFERRAL, 5)));
    private static final String[] PLACES = {"村委会调解室", "镇综治中心调解室", "县矛盾纠纷调处中心", "当事人家中", "事发现场"};
    private static final String[] FAILURE_REASONS = {"双方分歧较大，未能达成一致", "被申请人不同意赔偿方案",
            "申请人坚持诉讼", "赔偿数额差距过大"};

    private final SyntheticOrganization org;
    private final SyntheticPeople people;
    private final SyntheticIds ids;
    private final SyntheticDueDates dueDates;
    private final SimulationRules rules;
    private final LocalDateTime horizon;
    private final SyntheticRows rows = new SyntheticRows();

    SyntheticDisputes(SyntheticOrganization org, SyntheticPeople people, SyntheticIds ids, SyntheticDueDates dueDates,
                      SimulationRules rules, LocalDate lastDay) {
        this.org = org;
        this.people = people;
        this.ids = ids;
        this.dueDates = dueDates;
        this.rules = rules;
        this.horizon = lastDay.atTime(23, 59);
    }

    /** What a generated case came to (the petition referring it waits for this). */
    record Generated(long id, CaseResult result, LocalDateTime closedAt) {
    }

    /** A case registered at {@code registered} in a random village, from a random source. */
    Generated generate(SplittableRandom random, LocalDateTime registered, SyntheticBatch batch) {
        return generate(random, registered, SOURCES.pick(random),
                org.villages.get(random.nextInt(org.villages.size())), batch);
    }

    /** A case from {@code source} in {@code village}, closed before the end of the generated span. */
    Generated generate(SplittableRandom random, LocalDateTime registered, DisputeSource source, Village village,
                       SyntheticBatch batch) {
        long seed = random.nextLong();
        Map<SyntheticTable, Long> mark = ids.mark();
        double scale = 1;
        for (int attempt = 1; ; attempt++) {
            Case c = new Case(new SplittableRandom(seed), registered, source, village, scale);
            Generated generated = c.build();
            if (!generated.closedAt().isAfter(horizon) || scale == 0) {
                rows.into(batch, village.code());
                return generated;
            }
            // too long for the span: the same history, faster (at last all on the day it came in)
            double span = ChronoUnit.MINUTES.between(registered, horizon);
            scale = attempt >= 3 ? 0
                    : scale * 0.9 * span / ChronoUnit.MINUTES.between(registered, generated.closedAt());
            rows.clear();
            ids.reset(mark);
        }
    }

    /** One case being generated. */
    private final class Case {
        final SplittableRandom random;
        final LocalDateTime registered;
        final DisputeSource source;
        final Village village;
        final double scale;
        final long id = ids.next(SyntheticTable.DISPUTE_CASE);
        final DisputeType type;
        Map<String, Object> lastMediation;
        BigDecimal claimed;

        Case(SplittableRandom random, LocalDateTime registered, DisputeSource source, Village village, double scale) {
            this.random = random;
            this.registered = registered;
            this.source = source;
            this.village = village;
            this.scale = scale;
            this.type = TYPE_SHARES.pick(random);
        }

        Generated build() {
            BigDecimal amount = amount();
            int peopleInvolved = chance(0.03) ? 5 + random.nextInt(20) : chance(0.1) ? 3 + random.nextInt(2) : 2;
            boolean abnormalDeath = (type == DisputeType.MEDICAL || type == DisputeType.TRAFFIC) && chance(0.02);
            boolean repeated = chance(0.01);
            SimulationRules.Risk risk = rules.risk(abnormalDeath, amount, peopleInvolved, repeated);
            String caseNo = CASE_PREFIX + registered.getYear() + "-" + id;
            Map<String, Object> row = rows.add(SyntheticTable.DISPUTE_CASE, "id", id, "caseNo", caseNo,
                    "source", source, "type", type, "regionCode", village.code(),
                    "description", TYPES.get(type).description(), "amount", amount, "peopleInvolved", peopleInvolved,
                    "abnormalDeath", abnormalDeath, "repeatedEscalation", repeated, "status", CaseStatus.CLOSED,
                    "riskLevel", risk.level(), "riskReason", risk.reason(),
                    "registeredAt", instant(registered), "registeredBy", ACTOR,
                    "triageDue", dueDates.due(DeadlineRule.TRIAGE, registered.toLocalDate()), "version", 0L);
            parties(peopleInvolved);
            event(CaseEventType.REGISTERED, registered, ACTOR, "登记纠纷，案号" + caseNo,
                    type.label() + "，来源：" + source.label());
            LocalDateTime triaged = later(registered,
                    chance(0.85) ? 0.02 + random.nextDouble() * 0.3 : chance(0.85) ? 0.7 + random.nextDouble() : 2 + random.nextDouble() * 2);
            row.put("triagedAt", instant(triaged));
            CaseResult result;
            LocalDateTime closed;
            if (chance(0.025)) {
                DeclineRoute route = DeclineRoute.values()[random.nextInt(DeclineRoute.values().length)];
                String reason = "经审查不属于人民调解受理范围";
                row.put("declineReason", reason);
                row.put("declineRoute", route);
                result = CaseResult.DECLINED;
                closed = triaged.plusMinutes(5);
                row.put("closingDue", row.get("triageDue"));
                row.put("closureNote", reason + "；" + route.label());
            } else {
                Outcome outcome = mediate(triaged, risk.level());
                result = outcome.result();
                closed = outcome.at();
                row.put("channel", Channel.of((MediationLevel) lastMediation.get("level")));
                row.put("mediationLevel", lastMediation.get("level"));
                row.put("committeeCode", lastMediation.get("committeeCode"));
                row.put("closingDue", lastMediation.get("dueOn"));
                row.put("closureNote", outcome.note());
            }
            row.put("result", result);
            row.put("closedAt", instant(closed));
            event(CaseEventType.CLOSED, closed, ACTOR, "结案：" + result.label(), (String) row.get("closureNote"));
            return new Generated(id, result, closed);
        }

        private record Outcome(CaseResult result, LocalDateTime at, String note) {
        }

        /** Mediation from the body triage routes to, escalating as DMN dispute_escalation decides, to an end. */
        private Outcome mediate(LocalDateTime triaged, RiskLevel risk) {
            MediationLevel level = firstLevel(risk);
            LocalDateTime at = triaged;
            while (true) {
                Body body = bodyOf(level);
                Attempt attempt = attempt(level, body, at);
                at = attempt.ended();
                switch (attempt.result()) {
                    case REFUSED:
                        return new Outcome(CaseResult.WITHDRAWN, at, "当事人拒绝调解");
                    case WITHDRAWN:
                        return new Outcome(CaseResult.WITHDRAWN, at, "当事人撤回调解申请");
                    case SUCCESS:
                        return new Outcome(CaseResult.SUCCEEDED, at, "达成调解协议");
                    default:
                        break;
                }
                LocalDateTime handoff = later(at, 0.05 + random.nextDouble() * 2);
                String reason = attempt.reason();
                MediationLevel next;
                switch (rules.escalation(level, type, attempt.choice())) {
                    case ARBITRATION -> {
                        handoff(level, body, Channel.ARBITRATION, null, reason, handoff);
                        return failedToCourt(handoff);
                    }
                    case NONE -> {
                        // told of litigation; a case the court itself sends there was handed over already
                        if (Channel.of(level) != Channel.JUDICIAL) {
                            handoff(level, body, Channel.JUDICIAL, null, reason, handoff);
                        }
                        return failedToCourt(handoff);
                    }
                    case NEXT_LEVEL -> next = level.next().orElseThrow();
                    case ADMINISTRATIVE -> next = MediationLevel.ADMINISTRATIVE;
                    case JUDICIAL -> next = MediationLevel.COURT;
                    default -> throw new IllegalStateException("unknown escalation");
                }
                handoff(level, body, Channel.of(next), next, reason, handoff);
                at = handoff;
                if (next == MediationLevel.COURT) {
                    // the court reviews the case: pre-litigation mediation, or guidance to litigation
                    at = later(at, 1 + random.nextDouble() * 6);
                    if (chance(0.3)) {
                        event(CaseEventType.COURT_REVIEWED, at, "court", "引导立案诉讼", "争议较大，宜立案审理");
                        return new Outcome(CaseResult.FAILED_TO_JUDICIAL, at,
                                "调解不成，已告知当事人可依法申请仲裁或提起诉讼");
                    }
                }
                level = next;
            }
        }

        private Outcome failedToCourt(LocalDateTime at) {
            return new Outcome(CaseResult.FAILED_TO_JUDICIAL, at, "调解不成，已告知当事人可依法申请仲裁或提起诉讼");
        }

        /**
         * Where triage sends the case: as DMN dispute_routing suggests, or (the clerk's choice, which the table
         * never suggests) to the department with a duty.
         */
        private MediationLevel firstLevel(RiskLevel risk) {
            if (org.department(type).isPresent() && chance(0.07)) {
                return MediationLevel.ADMINISTRATIVE;
            }
            return rules.route(org.professional(type).isPresent(), risk);
        }

        private Body bodyOf(MediationLevel level) {
            return switch (level) {
                case VILLAGE -> org.village(village.code());
                case TOWNSHIP -> org.township(village);
                case COUNTY -> org.countyCentre();
                case PROFESSIONAL -> org.professional(type).orElseThrow();
                case ADMINISTRATIVE -> org.department(type).orElseThrow();
                case COURT -> org.court();
            };
        }

        private record Attempt(MediationResult result, LocalDateTime ended, EscalationChoice choice, String reason) {
        }

        /** One mediation by one body: consent, a session, the outcome; success likelier lower down. */
        private Attempt attempt(MediationLevel level, Body body, LocalDateTime start) {
            long mediationId = ids.next(SyntheticTable.MEDIATION);
            DeadlineRule rule = ruleFor(level);
            LocalDate accepted = start.toLocalDate();
            LocalDate due = dueDates.due(rule, accepted);
            String mediator = body.mediator(random);
            Map<String, Object> m = rows.add(SyntheticTable.MEDIATION, "id", mediationId, "caseId", id,
                    "channel", Channel.of(level), "level", level, "committeeCode", body.code(), "mediatorId", mediator,
                    "acceptedOn", accepted, "dueOn", due, "dueRule", rule, "startedAt", instant(start), "version", 1L);
            lastMediation = m;
            if (chance(0.012)) {
                LocalDateTime ended = later(start, 0.2 + random.nextDouble() * 3);
                m.put("partiesConsent", false);
                m.put("refusalReason", "被申请人不同意调解");
                m.put("result", MediationResult.REFUSED);
                m.put("endedAt", instant(ended));
                return new Attempt(MediationResult.REFUSED, ended, null, null);
            }
            m.put("partiesConsent", true);
            long limit = ChronoUnit.DAYS.between(accepted, due);
            double days = chance(0.06) ? limit + 1 + random.nextDouble() * 20
                    : 0.3 + Math.pow(random.nextDouble(), 1.8) * Math.max(1, limit - 1);
            LocalDateTime ended = later(start, days);
            LocalDateTime session = start.plusMinutes(ChronoUnit.MINUTES.between(start, ended) * 3 / 4);
            rows.add(SyntheticTable.MEDIATION_SESSION, "id", ids.next(SyntheticTable.MEDIATION_SESSION),
                    "mediationId", mediationId, "sessionDate", session.toLocalDate(),
                    "place", PLACES[random.nextInt(PLACES.length)], "participants", "双方当事人、调解员",
                    "summary", "听取双方陈述，释法明理，提出调解方案", "recordedBy", mediator == null ? ACTOR : mediator,
                    "recordedAt", instant(session));
            m.put("endedAt", instant(ended));
            if (chance(0.012)) {
                m.put("result", MediationResult.WITHDRAWN);
                m.put("failureReason", "双方已自行和解，申请人撤回申请");
                return new Attempt(MediationResult.WITHDRAWN, ended, null, null);
            }
            if (chance(successRate(level))) {
                succeed(m, level, ended, mediator);
                return new Attempt(MediationResult.SUCCESS, ended, null, null);
            }
            String reason = FAILURE_REASONS[random.nextInt(FAILURE_REASONS.length)];
            double u = random.nextDouble();
            // the parties choose where to go next, except after the court's own mediation
            EscalationChoice choice = level == MediationLevel.COURT ? null : u < 0.7 ? EscalationChoice.NEXT_LEVEL
                    : u < 0.8 ? EscalationChoice.ADMINISTRATIVE : u < 0.92 ? EscalationChoice.JUDICIAL
                    : EscalationChoice.NONE;
            m.put("result", MediationResult.FAILED);
            m.put("failureReason", reason);
            m.put("escalateTo", choice);
            return new Attempt(MediationResult.FAILED, ended, choice, reason);
        }

        private double successRate(MediationLevel level) {
            return switch (level) {
                case VILLAGE -> 0.93;
                case TOWNSHIP -> 0.8;
                case COUNTY, PROFESSIONAL -> 0.88;
                case ADMINISTRATIVE -> 0.75;
                case COURT -> 0.55;
            };
        }

        private void succeed(Map<String, Object> m, MediationLevel level, LocalDateTime ended, String mediator) {
            AgreementForm form = chance(0.6) ? AgreementForm.WRITTEN : AgreementForm.ORAL;
            BigDecimal agreed = claimed != null ? round100(claimed.doubleValue() * (0.3 + 0.7 * random.nextDouble()))
                    : chance(0.3) ? round100(200 + random.nextDouble() * 20_000) : null;
            LocalDate performBy = form == AgreementForm.WRITTEN && chance(0.5)
                    ? ended.toLocalDate().plusDays(7 + random.nextInt(54)) : null;
            m.put("result", MediationResult.SUCCESS);
            m.put("agreementForm", form);
            m.put("agreementContent", agreed == null ? "双方互谅互让，达成和解，不再追究" : "一方于约定期限内给付对方" + agreed.toPlainString() + "元，双方不再追究");
            m.put("agreementAmount", agreed);
            m.put("performanceDeadline", performBy);
            // a written agreement of the past was signed at the session that reached it
            m.put("agreementSignedOn", form == AgreementForm.WRITTEN ? ended.toLocalDate() : null);
            boolean confirmed = false;
            if (form == AgreementForm.WRITTEN && Channel.of(level) == Channel.PEOPLE) {
                confirmed = confirmation((Long) m.get("id"), ended);
            }
            if (performBy != null) {
                followUp((Long) m.get("id"), performBy, confirmed, mediator);
            }
        }

        /** The parties' 30-day window for judicial confirmation, and the court's ruling if they applied. */
        private boolean confirmation(long mediationId, LocalDateTime ended) {
            LocalDate windowEnds = ended.toLocalDate().plusDays(30);
            if (!chance(0.3)) {
                if (windowEnds.atStartOfDay().isAfter(horizon)) {
                    return false;
                }
                rows.add(SyntheticTable.JUDICIAL_CONFIRMATION, "id", ids.next(SyntheticTable.JUDICIAL_CONFIRMATION),
                        "caseId", id, "mediationId", mediationId, "windowEndsOn", windowEnds,
                        "status", JudicialConfirmation.Status.WINDOW_CLOSED, "version", 1L);
                return false;
            }
            LocalDate accepted = ended.toLocalDate().plusDays(1 + random.nextInt(25));
            LocalDateTime decided = accepted.plusDays(2 + random.nextInt(12)).atTime(10 + random.nextInt(6), random.nextInt(60));
            if (decided.isAfter(horizon)) {
                return false;
            }
            boolean confirmed = chance(0.93);
            rows.add(SyntheticTable.JUDICIAL_CONFIRMATION, "id", ids.next(SyntheticTable.JUDICIAL_CONFIRMATION),
                    "caseId", id, "mediationId", mediationId, "windowEndsOn", windowEnds,
                    "status", JudicialConfirmation.Status.RULED, "acceptedOn", accepted,
                    "rulingDueOn", accepted.plusDays(15),
                    "ruling", confirmed ? JudicialConfirmation.Ruling.CONFIRMED : JudicialConfirmation.Ruling.REJECTED,
                    "rulingReason", confirmed ? null : "协议内容违反法律强制性规定",
                    "rejectedRoute", confirmed ? null : JudicialConfirmation.RejectedRoute.LITIGATION,
                    "decidedBy", "court", "decidedAt", instant(decided), "version", 2L);
            return confirmed;
        }

        private void followUp(long mediationId, LocalDate due, boolean confirmed, String mediator) {
            LocalDateTime recorded = due.plusDays(1 + random.nextInt(7)).atTime(9 + random.nextInt(8), random.nextInt(60));
            if (recorded.isAfter(horizon)) {
                return;
            }
            double u = random.nextDouble();
            FollowUp.Performance performance = u < 0.85 ? FollowUp.Performance.FULL
                    : u < 0.94 ? FollowUp.Performance.PARTIAL : FollowUp.Performance.NONE;
            FollowUp.NextStep next = performance != FollowUp.Performance.NONE ? null
                    : confirmed ? FollowUp.NextStep.ENFORCEMENT : FollowUp.NextStep.LITIGATION;
            rows.add(SyntheticTable.FOLLOW_UP, "id", ids.next(SyntheticTable.FOLLOW_UP), "caseId", id,
                    "mediationId", mediationId, "dueOn", due, "performance", performance, "nextStep", next,
                    "note", "电话回访：" + performance.label(), "recordedBy", mediator == null ? ACTOR : mediator,
                    "recordedAt", instant(recorded), "version", 1L);
        }

        private void handoff(MediationLevel from, Body body, Channel to, MediationLevel toLevel, String reason,
                             LocalDateTime at) {
            rows.add(SyntheticTable.CASE_HANDOFF, "id", ids.next(SyntheticTable.CASE_HANDOFF), "caseId", id,
                    "fromChannel", Channel.of(from), "fromLevel", from, "fromCommittee", body.code(),
                    "toChannel", to, "toLevel", toLevel, "reason", reason, "handedOffAt", instant(at), "actor", ACTOR);
            event(CaseEventType.ESCALATED, at, ACTOR, "由" + from.label() + "移交"
                    + (toLevel == null || toLevel == MediationLevel.ADMINISTRATIVE ? to.label() : toLevel.label()),
                    "原因：" + reason);
        }

        private void event(CaseEventType type, LocalDateTime at, String actor, String summary, String detail) {
            rows.add(SyntheticTable.CASE_EVENT, "id", ids.next(SyntheticTable.CASE_EVENT), "caseId", id,
                    "occurredAt", instant(at), "actor", actor, "type", type, "summary", summary, "detail", detail);
        }

        private void parties(int peopleInvolved) {
            int count = peopleInvolved >= 3 && chance(0.5) ? 3 : 2;
            for (int position = 1; position <= count; position++) {
                PartyRole role = position == 2 ? PartyRole.RESPONDENT : PartyRole.APPLICANT;
                if (role == PartyRole.RESPONDENT && chance(organizationShare())) {
                    SyntheticPeople.Organization o = people.organization(random);
                    rows.add(SyntheticTable.DISPUTE_PARTY, "id", ids.next(SyntheticTable.DISPUTE_PARTY), "caseId", id,
                            "position", position, "role", role, "kind", PartyKind.ORGANIZATION, "name", o.name(),
                            "creditCode", o.creditCode(), "phone", o.phone());
                } else {
                    SyntheticPeople.Person p = people.person(random);
                    rows.add(SyntheticTable.DISPUTE_PARTY, "id", ids.next(SyntheticTable.DISPUTE_PARTY), "caseId", id,
                            "position", position, "role", role, "kind", PartyKind.PERSON, "name", p.name(),
                            "idNumber", p.idNumber(), "idNumberFingerprint", p.fingerprint(), "phone", p.phone());
                }
            }
        }

        private double organizationShare() {
            return switch (type) {
                case LABOUR -> 0.8;
                case CONSUMER -> 0.9;
                case PROPERTY_MANAGEMENT, MEDICAL -> 1;
                case ENVIRONMENT -> 0.7;
                case CONTRACT_DEBT -> 0.3;
                default -> 0;
            };
        }

        private BigDecimal amount() {
            if (chance(type == DisputeType.MARRIAGE_FAMILY || type == DisputeType.NEIGHBOUR ? 0.35 : 0.15)) {
                return null;
            }
            double value = TYPES.get(type).medianAmount() * Math.exp(random.nextGaussian() * 1.0);
            claimed = roundClaim(Math.min(value, 50_000_000));
            return claimed;
        }

        private DeadlineRule ruleFor(MediationLevel level) {
            return MediationDeadlines.ruleFor(level, type);
        }

        private LocalDateTime later(LocalDateTime from, double days) {
            LocalDateTime at = from.plusMinutes(Math.round(days * scale * 24 * 60));
            // within office hours: a step late in the evening is recorded the next morning
            return at.getHour() >= 18 ? at.toLocalDate().plusDays(1).atTime(8, 30).plusMinutes(random.nextInt(60))
                    : at.getHour() < 8 ? at.toLocalDate().atTime(8, 30).plusMinutes(random.nextInt(60)) : at;
        }

        private boolean chance(double p) {
            return random.nextDouble() < p;
        }
    }

    /**
     * A claim as people state it: a round sum (two significant figures). It also keeps the distinct inputs of
     * dispute_risk few, so that each is evaluated once.
     */
    static BigDecimal roundClaim(double value) {
        return new BigDecimal(value).round(new MathContext(2)).max(BigDecimal.valueOf(100)).setScale(2);
    }

    static BigDecimal round100(double value) {
        return BigDecimal.valueOf(Math.max(100, Math.round(value / 100) * 100L)).setScale(2);
    }

    private static Map<DisputeType, TypeProfile> typeProfiles() {
        Map<DisputeType, TypeProfile> types = new EnumMap<>(DisputeType.class);
        types.put(DisputeType.MARRIAGE_FAMILY, new TypeProfile(18, 20_000, "因家庭财产分割及子女抚养问题发生争执"));
        types.put(DisputeType.NEIGHBOUR, new TypeProfile(22, 3_000, "两户因宅基地边界、排水沟走向发生争执"));
        types.put(DisputeType.LABOUR, new TypeProfile(8, 20_000, "员工与用人单位因拖欠工资、加班费发生争议"));
        types.put(DisputeType.TRAFFIC, new TypeProfile(8, 60_000, "双方因道路交通事故损害赔偿数额发生争议"));
        types.put(DisputeType.MEDICAL, new TypeProfile(3, 150_000, "患方对诊疗过程和结果有异议，要求赔偿"));
        types.put(DisputeType.LAND_CONTRACT, new TypeProfile(8, 30_000, "因承包地边界和流转费用发生争议"));
        types.put(DisputeType.LAND_REQUISITION, new TypeProfile(3, 200_000, "因征地补偿安置标准发生争议"));
        types.put(DisputeType.CONSUMER, new TypeProfile(5, 5_000, "消费者因商品质量问题要求退货赔偿"));
        types.put(DisputeType.PROPERTY_MANAGEMENT, new TypeProfile(6, 4_000, "业主与物业公司因服务质量和物业费发生争议"));
        types.put(DisputeType.ENVIRONMENT, new TypeProfile(2, 30_000, "村民反映养殖场异味和污水影响生活"));
        types.put(DisputeType.CONTRACT_DEBT, new TypeProfile(12, 50_000, "因借款到期未还发生争议"));
        types.put(DisputeType.OTHER, new TypeProfile(5, 10_000, "因琐事发生口角引发纠纷"));
        // a new type would otherwise never be generated, and the proportions would no longer be a county's
        if (types.size() != DisputeType.values().length) {
            throw new IllegalStateException("every dispute type needs its share, median claim and description here");
        }
        return types;
    }
}
