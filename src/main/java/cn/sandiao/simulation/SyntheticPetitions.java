package cn.sandiao.simulation;

import static cn.sandiao.simulation.SyntheticRows.instant;

import cn.sandiao.dispute.CaseResult;
import cn.sandiao.dispute.DisputeSource;
import cn.sandiao.petition.AcceptanceDecision;
import cn.sandiao.petition.NoticeKind;
import cn.sandiao.petition.OpinionResult;
import cn.sandiao.petition.PetitionCategory;
import cn.sandiao.petition.PetitionEvaluation;
import cn.sandiao.petition.PetitionForm;
import cn.sandiao.petition.PetitionStatus;
import cn.sandiao.petition.ReviewLevel;
import cn.sandiao.simulation.SyntheticOrganization.Village;
import cn.sandiao.workflow.DeadlineRule;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * One historical petition (信访事项) to its end, as the petition process would have stored it: registration with
 * its petitioners, the acceptance notice within or beyond 15 days and the route, for a claim the 60-day handling
 * with an occasional extension, the reply, the evaluation, review and re-review requests; repeats linked to the
 * earlier petition; some referred to mediation as a dispute case of source 信访转入.
 */
final class SyntheticPetitions {

    static final Map<SyntheticTable, Integer> MAX_ROWS = Map.of(SyntheticTable.PETITION, 1,
            SyntheticTable.PETITIONER, 3, SyntheticTable.PETITION_NOTICE, 8, SyntheticTable.PETITION_REVIEW, 2,
            SyntheticTable.PETITION_EVENT, 4);
    static final String PETITION_PREFIX = "SIM-XF-";
    private static final String OFFICER = "petition";
    private static final Weights<PetitionForm> FORMS = Weights.of(new EnumMap<>(Map.of(PetitionForm.VISIT, 35,
            PetitionForm.LETTER, 15, PetitionForm.ONLINE, 30, PetitionForm.PHONE, 15, PetitionForm.LEADER_RECEPTION, 5)));
    private static final Weights<PetitionCategory> CATEGORIES = Weights.of(new EnumMap<>(Map.of(
            PetitionCategory.CLAIM, 75, PetitionCategory.SUGGESTION, 10, PetitionCategory.ACCUSATION, 15)));
    private static final Weights<AcceptanceDecision> DECISIONS = Weights.of(new EnumMap<>(Map.of(
            AcceptanceDecision.ACCEPT, 72, AcceptanceDecision.GUIDE_TO_PROCEDURE, 10,
            AcceptanceDecision.TRANSFER_AUTHORITY, 7, AcceptanceDecision.TRANSFER_POLITICAL_LEGAL, 4,
            AcceptanceDecision.REFER_TO_MEDIATION, 7)));
    private static final String[] RESPONDENTS = {"和美县人力资源和社会保障局", "和美县自然资源局", "和美县住房和城乡建设局",
            "和美县城关镇人民政府", "和美县乐安镇人民政府", "和美县市场监督管理局", "和美县卫生健康委员会", "和美县交通运输局"};
    private static final String[] CLAIMS = {"反映征地补偿款未足额发放", "反映拖欠农民工工资", "反映宅基地审批久拖不决",
            "反映小区配套设施未按规划建设", "反映低保资格认定不公"};
    private static final int RECENT = 5000;

    /** An earlier first petition a repeat can refer to. */
    private record Earlier(long id, int person, String respondent, String region, String claim, PetitionStatus end,
                           LocalDate closedOn) {
    }

    private final SyntheticOrganization org;
    private final SyntheticPeople people;
    private final SyntheticIds ids;
    private final SyntheticDueDates dueDates;
    private final SyntheticDisputes disputes;
    private final LocalDate horizon;
    private final SyntheticRows rows = new SyntheticRows();
    /** The last first-registered claims, a ring: what repeats refer to. */
    private final Earlier[] recent = new Earlier[RECENT];
    private int remembered;

    SyntheticPetitions(SyntheticOrganization org, SyntheticPeople people, SyntheticIds ids, SyntheticDueDates dueDates,
                       SyntheticDisputes disputes, LocalDate lastDay) {
        this.org = org;
        this.people = people;
        this.ids = ids;
        this.dueDates = dueDates;
        this.disputes = disputes;
        this.horizon = lastDay;
    }

    /** A petition received on {@code received}; returns the number of dispute cases it led to (0 or 1). */
    int generate(SplittableRandom random, LocalDate received, SyntheticBatch batch) {
        long seed = random.nextLong();
        Map<SyntheticTable, Long> mark = ids.mark();
        double scale = 1;
        for (int attempt = 0; ; attempt++) {
            One one = new One(new SplittableRandom(seed), received, scale);
            LocalDate end = one.build(batch);
            if (!end.isAfter(horizon) || scale == 0 || one.referred != null) {
                rows.into(batch, one.village.code());
                one.remember();
                return one.referred != null ? 1 : 0;
            }
            // too long for the span: the same history, faster (at last all on the day it came in)
            long span = ChronoUnit.DAYS.between(received, horizon);
            scale = attempt >= 2 ? 0 : scale * 0.9 * span / ChronoUnit.DAYS.between(received, end);
            rows.clear();
            ids.reset(mark);
        }
    }

    private final class One {
        final SplittableRandom random;
        final LocalDate received;
        final double scale;
        final long id = ids.next(SyntheticTable.PETITION);
        final Village village;
        final PetitionCategory category;
        Earlier repeatOf;
        int person;
        String respondent;
        String claim;
        Map<String, Object> row;
        SyntheticDisputes.Generated referred;

        One(SplittableRandom random, LocalDate received, double scale) {
            this.random = random;
            this.received = received;
            this.scale = scale;
            this.repeatOf = chance(0.06) ? repeatable() : null;
            this.village = repeatOf != null ? villageOf(repeatOf.region()) : org.villages.get(random.nextInt(org.villages.size()));
            this.category = repeatOf != null ? PetitionCategory.CLAIM : CATEGORIES.pick(random);
            this.person = repeatOf != null ? repeatOf.person() : random.nextInt(Integer.MAX_VALUE);
            this.respondent = repeatOf != null ? repeatOf.respondent() : RESPONDENTS[random.nextInt(RESPONDENTS.length)];
            this.claim = repeatOf != null ? repeatOf.claim() : CLAIMS[random.nextInt(CLAIMS.length)];
        }

        /** Generates the rows; returns the day the petition ended. */
        LocalDate build(SyntheticBatch batch) {
            String petitionNo = PETITION_PREFIX + received.getYear() + "-" + id;
            LocalDateTime registered = received.atTime(8 + random.nextInt(9), random.nextInt(60));
            row = rows.add(SyntheticTable.PETITION, "id", id, "petitionNo", petitionNo,
                    "form", FORMS.pick(random), "category", category,
                    "respondent", respondent, "regionCode", village.code(), "content", claim + "，请求依法处理",
                    "demand", category == PetitionCategory.SUGGESTION ? "建议有关部门改进工作" : "请求依法解决" + claim.substring(2),
                    "repeatOf", repeatOf == null ? null : repeatOf.id(),
                    "repeatEvidence", repeatOf == null ? null : "同一信访人（身份证号一致）、同一被反映对象、诉求相似",
                    "receivedOn", received, "registeredAt", instant(registered), "registeredBy", OFFICER,
                    "acceptanceDue", dueDates.due(DeadlineRule.PETITION_ACCEPTANCE, received), "version", 3L);
            petitioners();
            event(registered, "REGISTERED", "登记信访事项，编号" + petitionNo, claim);
            if (repeatOf != null && repeatOf.end() == PetitionStatus.FINAL) {
                notice(NoticeKind.NOT_ACCEPTED_AGAIN, received, "该信访事项已经复核终结，不再受理");
                return end(PetitionStatus.NOT_ACCEPTED_AGAIN, received, "已复核终结的同一事项，不再受理");
            }
            LocalDate acceptanceDue = (LocalDate) row.get("acceptanceDue");
            long window = ChronoUnit.DAYS.between(received, acceptanceDue);
            LocalDate accepted = after(received, chance(0.96) ? 1 + random.nextInt((int) Math.max(1, window))
                    : (int) window + 1 + random.nextInt(10));
            AcceptanceDecision decision = category == PetitionCategory.CLAIM
                    ? DECISIONS.pick(random) : AcceptanceDecision.ACCEPT;
            return switch (decision) {
                case ACCEPT -> accept(accepted);
                case REFER_TO_MEDIATION -> referToMediation(accepted, batch);
                default -> divert(decision, accepted);
            };
        }

        /** Guided to a procedure or transferred: the notice is the end. */
        private LocalDate divert(AcceptanceDecision decision, LocalDate on) {
            String route = decision == AcceptanceDecision.GUIDE_TO_PROCEDURE ? "向人民法院提起诉讼"
                    : decision == AcceptanceDecision.TRANSFER_AUTHORITY ? "和美县住房和城乡建设局" : "和美县人民法院";
            decide(decision, route, on);
            notice(decision == AcceptanceDecision.GUIDE_TO_PROCEDURE ? NoticeKind.GUIDANCE : NoticeKind.TRANSFER, on,
                    decision.label() + "：" + route);
            return end(decision == AcceptanceDecision.GUIDE_TO_PROCEDURE ? PetitionStatus.GUIDED : PetitionStatus.TRANSFERRED,
                    on, decision.label() + "：" + route);
        }

        /** 访调对接: a dispute case of source 信访转入; its result settles the petition, or the officer guides on. */
        private LocalDate referToMediation(LocalDate on, SyntheticBatch batch) {
            decide(AcceptanceDecision.REFER_TO_MEDIATION, null, on);
            notice(NoticeKind.MEDIATION_REFERRAL, on, "经双方同意，转人民调解委员会调解");
            referred = disputes.generate(random, on.atTime(10, 0), DisputeSource.PETITION_TRANSFER, village, batch);
            row.put("disputeCaseId", referred.id());
            row.put("mediationResult", referred.result().name());
            LocalDate closed = referred.closedAt().toLocalDate();
            if (referred.result() == CaseResult.SUCCEEDED) {
                return end(PetitionStatus.CLOSED, closed, "访调对接调解成功：" + referred.result().label());
            }
            LocalDate guided = min(after(closed, 1 + random.nextInt(5)), horizon);
            String route = "向人民法院提起诉讼";
            decide(AcceptanceDecision.GUIDE_TO_PROCEDURE, route, guided);
            notice(NoticeKind.GUIDANCE, guided, AcceptanceDecision.GUIDE_TO_PROCEDURE.label() + "：" + route);
            return end(PetitionStatus.GUIDED, guided, "调解未成，" + AcceptanceDecision.GUIDE_TO_PROCEDURE.label());
        }

        private LocalDate accept(LocalDate accepted) {
            decide(AcceptanceDecision.ACCEPT, null, accepted);
            notice(NoticeKind.ACCEPTANCE, accepted, "您反映的问题已受理，将依法办理");
            LocalDate replied;
            if (category == PetitionCategory.CLAIM) {
                LocalDate due = dueDates.due(DeadlineRule.PETITION_HANDLING, accepted);
                if (chance(0.05)) {
                    int days = chance(0.5) ? 15 : 30;
                    LocalDate asked = after(accepted, 40 + random.nextInt(15));
                    notice(NoticeKind.EXTENSION, asked, "因情况复杂，经批准延期办理" + days + "日");
                    row.put("extendedDays", days);
                    due = due.plusDays(days);
                }
                row.put("handlingDue", due);
                long limit = ChronoUnit.DAYS.between(accepted, due);
                replied = after(accepted, chance(0.95) ? 5 + random.nextInt((int) Math.max(1, limit - 5))
                        : (int) limit + 1 + random.nextInt(20));
            } else {
                replied = after(accepted, 5 + random.nextInt(45));
            }
            row.put("repliedOn", replied);
            row.put("replyContent", "经调查核实，现答复如下：已责成有关单位依法处理");
            notice(NoticeKind.REPLY, replied, "信访处理意见书");
            if (repeatOf == null) {
                evaluate(replied);
            }
            if (category != PetitionCategory.CLAIM || !chance(0.04)) {
                return end(PetitionStatus.CLOSED, after(replied, 30), category == PetitionCategory.CLAIM
                        ? "书面答复后30日内未请求复查，办结" : "已书面答复，办结");
            }
            LocalDate opinion = review(ReviewLevel.REVIEW, after(replied, 5 + random.nextInt(25)));
            if (!chance(0.3)) {
                return end(PetitionStatus.CLOSED, after(opinion, 30), "复查意见答复后30日内未请求复核，办结");
            }
            LocalDate final_ = review(ReviewLevel.RE_REVIEW, after(opinion, 5 + random.nextInt(25)));
            return end(PetitionStatus.FINAL, final_, "复核意见已出具，信访事项终结");
        }

        private void evaluate(LocalDate replied) {
            double u = random.nextDouble();
            PetitionEvaluation evaluation = u < 0.72 ? PetitionEvaluation.SATISFIED
                    : u < 0.91 ? PetitionEvaluation.BASICALLY_SATISFIED
                    : u < 0.96 ? PetitionEvaluation.DISSATISFIED : PetitionEvaluation.NOT_EVALUATED;
            row.put("evaluation", evaluation);
            row.put("evaluatedOn", evaluation == PetitionEvaluation.NOT_EVALUATED ? after(replied, 30)
                    : after(replied, 1 + random.nextInt(25)));
            row.put("evaluationComment", evaluation == PetitionEvaluation.DISSATISFIED ? "问题未彻底解决" : null);
        }

        /** A request and its opinion; returns the day of the opinion. */
        private LocalDate review(ReviewLevel level, LocalDate requested) {
            LocalDate opinionOn = after(requested, 10 + random.nextInt(19));
            OpinionResult result = chance(0.9) ? OpinionResult.UPHELD : OpinionResult.CHANGED;
            rows.add(SyntheticTable.PETITION_REVIEW, "id", ids.next(SyntheticTable.PETITION_REVIEW), "petitionId", id,
                    "level", level, "requestedOn", requested, "requestReason", "对处理意见不服",
                    "requestedBy", OFFICER, "opinionDue", requested.plusDays(30), "opinion", result.label(),
                    "opinionResult", result, "opinionOn", opinionOn, "decidedBy", "supervisor", "version", 1L);
            notice(level == ReviewLevel.REVIEW ? NoticeKind.REVIEW_OPINION : NoticeKind.RE_REVIEW_OPINION, opinionOn,
                    result.label());
            return opinionOn;
        }

        private void decide(AcceptanceDecision decision, String route, LocalDate on) {
            row.put("acceptanceDecision", decision);
            row.put("acceptanceRoute", route);
            row.put("acceptedOn", on);
            event(on.atTime(10, 0), "DECIDED", decision.label(), route);
        }

        private LocalDate end(PetitionStatus status, LocalDate on, String note) {
            row.put("status", status);
            row.put("closedOn", on);
            row.put("closureNote", note);
            event(on.atTime(16, 0), status.name(), status.label(), note);
            return on;
        }

        private void petitioners() {
            int count = chance(0.85) ? 1 : 2 + random.nextInt(2);
            for (int position = 1; position <= count; position++) {
                SyntheticPeople.Person p = people.person(position == 1 ? person : random.nextInt(Integer.MAX_VALUE));
                rows.add(SyntheticTable.PETITIONER, "id", ids.next(SyntheticTable.PETITIONER), "petitionId", id,
                        "position", position, "name", p.name(), "idNumber", p.idNumber(),
                        "idNumberFingerprint", p.fingerprint(), "phone", p.phone());
            }
        }

        private void notice(NoticeKind kind, LocalDate on, String content) {
            rows.add(SyntheticTable.PETITION_NOTICE, "id", ids.next(SyntheticTable.PETITION_NOTICE), "petitionId", id,
                    "kind", kind, "content", content, "issuedOn", on, "issuedBy", OFFICER,
                    "recordedAt", instant(on.atTime(15, 0)));
        }

        private void event(LocalDateTime at, String type, String summary, String detail) {
            rows.add(SyntheticTable.PETITION_EVENT, "id", ids.next(SyntheticTable.PETITION_EVENT), "petitionId", id,
                    "occurredAt", instant(at), "actor", OFFICER, "type", type, "summary", summary, "detail", detail);
        }

        /** A recent first petition of a claim, ended before this one came in. */
        private Earlier repeatable() {
            if (remembered == 0) {
                return null;
            }
            Earlier earlier = recent[random.nextInt(Math.min(remembered, RECENT))];
            return earlier.closedOn().isBefore(received) ? earlier : null;
        }

        void remember() {
            if (repeatOf == null && category == PetitionCategory.CLAIM) {
                recent[remembered++ % RECENT] = new Earlier(id, person, respondent, village.code(), claim,
                        (PetitionStatus) row.get("status"), (LocalDate) row.get("closedOn"));
            }
        }

        private Village villageOf(String code) {
            return org.villages.stream().filter(v -> v.code().equals(code)).findFirst().orElseThrow();
        }

        private LocalDate after(LocalDate day, int days) {
            return day.plusDays(Math.round(days * scale));
        }

        private boolean chance(double p) {
            return random.nextDouble() < p;
        }
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
