package cn.sandiao.statistics;

import cn.sandiao.statistics.CounterDelta.CounterKey;
import cn.sandiao.statistics.CounterDelta.Owner;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/** Counter changes summed per counter, in key order (the order every writer locks counters in). */
final class CounterSums {

    private final Map<CounterKey, CounterDelta> sums = new TreeMap<>();

    void add(CounterDelta delta) {
        if (delta.regionCode() == null) {
            throw new IllegalArgumentException("counter change without a region: " + delta);
        }
        sums.merge(delta.key(), delta, (a, b) -> new CounterDelta(a.month(), a.regionCode(), Owner.SELF, a.ownerId(),
                a.metric(), a.dim(), a.slot(), a.count() + b.count(), a.total().add(b.total())));
    }

    int size() {
        return sums.size();
    }

    Collection<CounterDelta> nonZero() {
        return sums.values().stream().filter(d -> d.count() != 0 || d.total().signum() != 0).toList();
    }
}
