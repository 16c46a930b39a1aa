package cn.sandiao.simulation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.ToIntFunction;

/** Values drawn by their weights (shares of a county's year); in the map's order, so a seed gives the same data. */
final class Weights<T> {

    private final List<T> values = new ArrayList<>();
    private final int[] upTo;

    private Weights(Map<T, Integer> weights) {
        upTo = new int[weights.size()];
        int total = 0;
        for (Map.Entry<T, Integer> e : weights.entrySet()) {
            total += e.getValue();
            upTo[values.size()] = total;
            values.add(e.getKey());
        }
    }

    /** Pass an {@code EnumMap} or another map of a fixed order. */
    static <T> Weights<T> of(Map<T, Integer> weights) {
        return new Weights<>(weights);
    }

    static <T, P> Weights<T> of(Map<T, P> profiles, ToIntFunction<P> weight) {
        Map<T, Integer> weights = new LinkedHashMap<>();
        profiles.forEach((value, profile) -> weights.put(value, weight.applyAsInt(profile)));
        return new Weights<>(weights);
    }

    T pick(SplittableRandom random) {
        int u = random.nextInt(upTo[upTo.length - 1]);
        for (int i = 0; i < upTo.length; i++) {
            if (u < upTo[i]) {
                return values.get(i);
            }
        }
        throw new IllegalStateException("unreachable");
    }
}
