package cn.sandiao.simulation;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A progress line every 5 % or every 5 seconds: how far, how fast, how long still. */
final class SyntheticProgress {

    private static final Logger LOG = LoggerFactory.getLogger(SyntheticProgress.class);
    private static final long EVERY_NANOS = Duration.ofSeconds(5).toNanos();

    private final long total;
    private final long started = System.nanoTime();
    private long done;
    private long lastLine = started;
    private long lastPercent;

    SyntheticProgress(long total) {
        this.total = Math.max(1, total);
    }

    /** {@code more} cases or petitions finished; {@code rows} written so far (negative: no rows to tell). */
    synchronized void done(long more, long rows) {
        done += more;
        long now = System.nanoTime();
        long percent = done * 100 / total;
        if (percent / 5 == lastPercent / 5 && now - lastLine < EVERY_NANOS && done < total) {
            return;
        }
        lastLine = now;
        lastPercent = percent;
        double seconds = Math.max(0.001, (now - started) / 1e9);
        long eta = done == 0 ? 0 : Math.round(seconds * (total - done) / done);
        String written = rows < 0 ? "" : "，已写入 %d 行，%d 行/秒".formatted(rows, Math.round(rows / seconds));
        LOG.info("[模拟数据] {}/{} ({}%){}，{} 件/秒，已用 {}，预计剩余 {}", done, total, percent, written,
                Math.round(done / seconds), duration(Math.round(seconds)), duration(eta));
    }

    static String duration(long seconds) {
        return seconds >= 60 ? seconds / 60 + "分" + seconds % 60 + "秒" : seconds + "秒";
    }
}
