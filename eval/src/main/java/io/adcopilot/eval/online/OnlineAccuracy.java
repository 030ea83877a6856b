package io.adcopilot.eval.online;

import io.adcopilot.eval.stats.Interval;
import io.adcopilot.eval.stats.Wilson;

import io.adcopilot.core.json.Json;
import io.adcopilot.eval.nlu.SlotPairs;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Accuracy of live traffic from annotated samples: intent accuracy (and frame accuracy: intent and every slot
 * pair right) overall, per day (platform time) and per labelled intent, each with its 95% Wilson interval.
 */
public record OnlineAccuracy(Share overall, Share frames, List<Share> byDay, List<Share> byIntent) {

    static final ZoneId DAYS = ZoneId.of("Asia/Shanghai");

    /** One group's accuracy: its key (a day, an intent, or "all"), right of n, and the interval. */
    public record Share(String key, int right, int n, Interval interval) {
        static Share of(String key, int right, int n) {
            return new Share(key, right, n, Wilson.interval95(right, n));
        }

        /** right / n; NaN when nothing was labelled. */
        public double estimate() {
            return n == 0 ? Double.NaN : (double) right / n;
        }
    }

    public static OnlineAccuracy of(List<LabelledTurn> turns) {
        int right = 0;
        int frames = 0;
        for (LabelledTurn t : turns) {
            if (intentRight(t)) right++;
            if (frameRight(t)) frames++;
        }
        return new OnlineAccuracy(Share.of("all", right, turns.size()), Share.of("all", frames, turns.size()),
                grouped(turns, t -> LocalDate.ofInstant(t.startedAt(), DAYS).toString()),
                grouped(turns, LabelledTurn::intent));
    }

    private static List<Share> grouped(List<LabelledTurn> turns, Function<LabelledTurn, String> key) {
        Map<String, int[]> counts = new TreeMap<>();
        for (LabelledTurn t : turns) {
            int[] c = counts.computeIfAbsent(key.apply(t), k -> new int[2]);
            c[1]++;
            if (intentRight(t)) c[0]++;
        }
        List<Share> out = new ArrayList<>();
        counts.forEach((k, c) -> out.add(Share.of(k, c[0], c[1])));
        return out;
    }

    static boolean intentRight(LabelledTurn t) {
        return t.intent().equals(t.predictedIntent());
    }

    static boolean frameRight(LabelledTurn t) {
        return intentRight(t) && SlotPairs.of(Json.MAPPER.readTree(t.slots() == null ? "{}" : t.slots()))
                .equals(SlotPairs.of(Json.MAPPER.readTree(t.predictedSlots() == null ? "{}" : t.predictedSlots())));
    }
}
