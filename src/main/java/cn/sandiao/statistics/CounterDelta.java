package cn.sandiao.statistics;

import java.math.BigDecimal;

/**
 * A change to one counter: {@code count} cases (or petitions, mediations…) and, where the figure is a sum
 * (days, yuan), {@code total}. The region is the counted thing's own, or found from its case or petition.
 */
record CounterDelta(int month, String regionCode, Owner owner, long ownerId, Metric metric, String dim, int slot,
                    long count, BigDecimal total) {

    /** Whose region the counted row lies in, when the row itself has none. */
    enum Owner { SELF, DISPUTE_CASE, PETITION }

    static final int SLOTS = 8;

    CounterDelta negate() {
        return new CounterDelta(month, regionCode, owner, ownerId, metric, dim, slot, -count, total.negate());
    }

    /** Slots only spread concurrent writers; the sum over them is the same whichever slot a change lands in. */
    CounterDelta inSlot(int newSlot) {
        return new CounterDelta(month, regionCode, owner, ownerId, metric, dim, newSlot, count, total);
    }

    CounterDelta inRegion(String region) {
        return new CounterDelta(month, region, Owner.SELF, ownerId, metric, dim, slot, count, total);
    }

    /** The counter it changes. */
    CounterKey key() {
        return new CounterKey(month, regionCode, metric, dim, slot);
    }

    record CounterKey(int month, String regionCode, Metric metric, String dim, int slot)
            implements Comparable<CounterKey> {

        @Override
        public int compareTo(CounterKey other) {
            int byMonth = Integer.compare(month, other.month);
            if (byMonth != 0) {
                return byMonth;
            }
            int byRegion = regionCode.compareTo(other.regionCode);
            if (byRegion != 0) {
                return byRegion;
            }
            int byMetric = metric.name().compareTo(other.metric.name());
            if (byMetric != 0) {
                return byMetric;
            }
            int byDim = dim.compareTo(other.dim);
            return byDim != 0 ? byDim : Integer.compare(slot, other.slot);
        }
    }
}
