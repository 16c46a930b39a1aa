package cn.sandiao.simulation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Generates synthetic data when started with {@code --generate.cases=…} and/or {@code --generate.petitions=…}:
 * after start-up, once the demo organisation, the users and the counters are in place (their listeners run first).
 * Bulk mode writes historical rows and then a few hundred live cases; process mode drives cases through the
 * engine. With {@code --generate.exit=true} the application stops when done (exit code 1 if it failed). Only
 * with the {@code simulation} profile ({@link SimulationProfile} refuses the arguments without it).
 */
@Component
@Profile(SimulationProfile.NAME)
class SyntheticRunner {

    private static final Logger LOG = LoggerFactory.getLogger(SyntheticRunner.class);

    private final Environment environment;
    private final SyntheticBulk bulk;
    private final SyntheticLiveCases live;
    private final SyntheticProcesses processes;

    private final JdbcTemplate jdbc;

    SyntheticRunner(Environment environment, SyntheticBulk bulk, SyntheticLiveCases live, SyntheticProcesses processes,
                    JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.environment = environment;
        this.bulk = bulk;
        this.live = live;
        this.processes = processes;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(100)
    public void generate(ApplicationReadyEvent event) {
        SyntheticOptions options = SyntheticOptions.from(environment);
        if (!options.requested()) {
            return;
        }
        int exitCode = 0;
        try {
            if (options.mode() == SyntheticOptions.Mode.PROCESSES) {
                runProcesses(options);
            } else {
                runBulk(options);
            }
        } catch (Refused e) {
            LOG.error("[模拟数据] {}", e.getMessage());
            exitCode = 1;
        } catch (Exception e) {
            LOG.error("[模拟数据] 生成失败：{}", e.getMessage(), e);
            exitCode = 1;
        }
        if (options.exit()) {
            if (exitCode == 0) {
                compactH2();
            }
            int code = exitCode;
            ConfigurableApplicationContext context = event.getApplicationContext();
            System.exit(SpringApplication.exit(context, () -> code));
        }
    }

    /**
     * H2 keeps the pages a bulk load rewrote (every chunk's counters) until it is compacted; left so, the file is
     * many times the data and reads slow down. When the application stops after generating, compact it.
     */
    private void compactH2() {
        String product = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName());
        if ("H2".equalsIgnoreCase(product)) {
            LOG.info("[模拟数据] 压缩 H2 数据库文件……");
            jdbc.execute("SHUTDOWN COMPACT");
        }
    }

    private void runBulk(SyntheticOptions options) throws Exception {
        if (!options.append() && bulk.hasSyntheticData()) {
            throw new Refused("数据库中已有模拟数据（SIM- 编号的案件或信访事项），不再重复生成；"
                    + "确需追加请加参数 --generate.append=true");
        }
        LOG.info("[模拟数据] 开始生成：纠纷 {} 件、信访 {} 件，{} 年，随机种子 {}", options.cases(), options.petitions(),
                options.years(), options.seed());
        SyntheticBulk.Result result = bulk.run(options);
        long seconds = Math.max(1, result.took().toSeconds());
        LOG.info("[模拟数据] 历史数据生成完成：纠纷 {} 件（含访调对接转入），信访 {} 件，共写入 {} 行，用时 {}，平均 {} 行/秒（{}）",
                result.cases(), result.petitions(), result.rows(), SyntheticProgress.duration(seconds),
                result.rows() / seconds, result.timing());
        if (options.live() > 0) {
            live.run(options.live(), options.seed());
        }
    }

    /** Asked for something it will not do; said plainly, without a stack trace. */
    private static final class Refused extends Exception {
        Refused(String message) {
            super(message);
        }
    }

    private void runProcesses(SyntheticOptions options) throws InterruptedException {
        LOG.info("[模拟数据] 流程模式：{} 件案件经真实流程办结，{} 个线程", options.cases(), options.threads());
        SyntheticProcesses.Result result = processes.run(options.cases(), options.threads(), options.seed());
        LOG.info("[模拟数据] 流程模式完成：{} 件办结，{} 件失败，用时 {}，{} 件/秒", result.cases().size(), result.failed(),
                SyntheticProgress.duration(Math.max(1, result.took().toSeconds())),
                String.format("%.1f", result.perSecond()));
    }
}
