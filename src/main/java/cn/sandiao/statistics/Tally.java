package cn.sandiao.statistics;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A month's figures of a region subtree before they become a report: count and total per metric, dimension and
 * region where counted. The counters and the from-scratch recount both produce one; one assembler reads it.
 */
final class Tally {

    record Key(Metric metric, String dim, String regionCode) {
    }

    record Sum(long count, BigDecimal total) {
        static final Sum NONE = new Sum(0, BigDecimal.ZERO);

        Sum plus(Sum other) {
            return new Sum(count + other.count, total.add(other.total));
        }
    }

    private final Map<Key, Sum> sums = new HashMap<>();

    void add(Metric metric, String dim, String regionCode, long count, BigDecimal total) {
        if (count == 0 && total.signum() == 0) {
            return;
        }
        sums.merge(new Key(metric, dim, regionCode), new Sum(count, total), Sum::plus);
    }

    long count(Metric metric, String dim) {
        return sum(metric, dim).count();
    }

    long count(Metric metric) {
        return count(metric, "");
    }

    Sum sum(Metric metric, String dim) {
        return sum(k -> k.metric() == metric && k.dim().equals(dim));
    }

    Sum sum(Predicate<Key> which) {
        Sum result = Sum.NONE;
        for (Map.Entry<Key, Sum> entry : sums.entrySet()) {
            if (which.test(entry.getKey())) {
                result = result.plus(entry.getValue());
            }
        }
        return result;
    }

    /** The dimension values of a metric starting with {@code prefix}, with their sums (over all regions). */
    Map<String, Sum> dims(Metric metric, String prefix) {
        Map<String, Sum> result = new HashMap<>();
        sums.forEach((key, sum) -> {
            if (key.metric() == metric && key.dim().startsWith(prefix) && !key.dim().isEmpty()) {
                result.merge(key.dim().substring(prefix.length()), sum, Sum::plus);
            }
        });
        return result;
    }

    /** The regions counted in. */
    Set<String> regions() {
        return sums.keySet().stream().map(Key::regionCode).collect(Collectors.toSet());
    }

    /** The part counted in one region. */
    Tally of(String regionCode) {
        Tally part = new Tally();
        sums.forEach((key, sum) -> {
            if (key.regionCode().equals(regionCode)) {
                part.add(key.metric(), key.dim(), regionCode, sum.count(), sum.total());
            }
        });
        return part;
    }
}
