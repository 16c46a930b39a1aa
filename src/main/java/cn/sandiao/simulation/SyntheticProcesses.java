package cn.sandiao.simulation;

import cn.sandiao.dispute.CaseResult;
import cn.sandiao.dispute.DisputeType;
import cn.sandiao.workflow.BusinessCalendar;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Process mode: cases driven end to end through the real processes (engine, history and domain together), on
 * several threads, each case with a planned outcome. Every date is today.
 */
@Component
@Profile(SimulationProfile.NAME)
class SyntheticProcesses {

    private static final Logger LOG = LoggerFactory.getLogger(SyntheticProcesses.class);
    private static final List<DisputeType> PEOPLES_TYPES = List.of(DisputeType.NEIGHBOUR, DisputeType.MARRIAGE_FAMILY,
            DisputeType.CONTRACT_DEBT, DisputeType.PROPERTY_MANAGEMENT, DisputeType.OTHER);
    private static final int ATTEMPTS = 5;

    /** How a case is to go, and the result it must end with. */
    enum Plan {
        SUCCESS_AT_VILLAGE(CaseResult.SUCCEEDED),
        WRITTEN_AGREEMENT_AT_VILLAGE(CaseResult.SUCCEEDED),
        FAIL_THEN_SUCCESS_AT_TOWNSHIP(CaseResult.SUCCEEDED),
        FAIL_NO_FURTHER_MEDIATION(CaseResult.FAILED_TO_JUDICIAL),
        ADMINISTRATIVE_SUCCESS(CaseResult.SUCCEEDED),
        REFUSED(CaseResult.WITHDRAWN),
        WITHDRAWN(CaseResult.WITHDRAWN),
        DECLINED(CaseResult.DECLINED);

        final CaseResult expected;

        Plan(CaseResult expected) {
            this.expected = expected;
        }

        static Plan draw(SplittableRandom random) {
            int u = random.nextInt(100);
            return u < 3 ? DECLINED : u < 8 ? ADMINISTRATIVE_SUCCESS : u < 10 ? REFUSED : u < 12 ? WITHDRAWN
                    : u < 22 ? FAIL_THEN_SUCCESS_AT_TOWNSHIP : u < 25 ? FAIL_NO_FURTHER_MEDIATION
                    : u < 32 ? WRITTEN_AGREEMENT_AT_VILLAGE : SUCCESS_AT_VILLAGE;
        }
    }

    record Driven(String caseNo, Plan plan) {
    }

    record Result(List<Driven> cases, int failed, Duration took) {
        double perSecond() {
            return cases.size() / Math.max(0.001, took.toMillis() / 1000.0);
        }
    }

    private final SyntheticFlow flow;
    private final BusinessCalendar calendar;

    SyntheticProcesses(SyntheticFlow flow, BusinessCalendar calendar) {
        this.flow = flow;
        this.calendar = calendar;
    }

    Result run(int count, int threads, long seed) throws InterruptedException {
        long started = System.nanoTime();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        List<Driven> driven = Collections.synchronizedList(new ArrayList<>());
        SyntheticProgress progress = new SyntheticProgress(count);
        LocalDate today = calendar.today();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < Math.max(1, threads); t++) {
            workers.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    SplittableRandom random = new SplittableRandom(seed * 1_000_003L + i);
                    Plan plan = Plan.draw(random);
                    try {
                        driven.add(new Driven(drive(plan, random, today), plan));
                    } catch (RuntimeException e) {
                        failed.incrementAndGet();
                        LOG.warn("[模拟数据] 第 {} 件案件未能走完流程（{}）：{}", i + 1, plan, e.toString());
                    }
                    progress.done(1, -1);
                }
            }));
        }
        pool.shutdown();
        for (Future<?> worker : workers) {
            try {
                worker.get();
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
        }
        return new Result(List.copyOf(driven), failed.get(), Duration.ofNanos(System.nanoTime() - started));
    }

    private String drive(Plan plan, SplittableRandom random, LocalDate today) {
        DisputeType type = plan == Plan.ADMINISTRATIVE_SUCCESS ? DisputeType.TRAFFIC
                : PEOPLES_TYPES.get(random.nextInt(PEOPLES_TYPES.size()));
        String village = SyntheticFlow.VILLAGES.get(random.nextInt(SyntheticFlow.VILLAGES.size()));
        String caseNo = retry(() -> flow.register(random, type, village));
        if (plan == Plan.DECLINED) {
            retry(() -> flow.decline(caseNo));
            return caseNo;
        }
        boolean administrative = plan == Plan.ADMINISTRATIVE_SUCCESS;
        retry(() -> flow.accept(caseNo, administrative ? "ADMINISTRATIVE" : "PEOPLE", administrative ? null : "VILLAGE"));
        if (plan == Plan.REFUSED) {
            retry(() -> flow.consent(caseNo, false));
            return caseNo;
        }
        mediate(caseNo, today);
        switch (plan) {
            case WITHDRAWN -> retry(() -> flow.withdraw(caseNo));
            case FAIL_NO_FURTHER_MEDIATION -> retry(() -> flow.fail(caseNo, "NONE"));
            case FAIL_THEN_SUCCESS_AT_TOWNSHIP -> {
                retry(() -> flow.fail(caseNo, "NEXT_LEVEL"));
                mediate(caseNo, today);
                retry(() -> flow.succeed(caseNo, false));
            }
            case WRITTEN_AGREEMENT_AT_VILLAGE -> retry(() -> flow.succeed(caseNo, true));
            default -> retry(() -> flow.succeed(caseNo, false));
        }
        return caseNo;
    }

    /** Consent and one session: the outcome is the next step. */
    private void mediate(String caseNo, LocalDate today) {
        retry(() -> flow.consent(caseNo, true));
        retry(() -> flow.session(caseNo, today));
    }

    /** A step that lost a race (a counter row or the case number another thread held) is tried again. */
    private static <T> T retry(Supplier<T> step) {
        for (int attempt = 1; ; attempt++) {
            try {
                return step.get();
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS) {
                    throw e;
                }
                try {
                    Thread.sleep(20L * attempt);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private static void retry(Runnable step) {
        retry(() -> {
            step.run();
            return null;
        });
    }
}
