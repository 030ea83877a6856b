package io.adcopilot.sandbox.generate;

import io.adcopilot.sandbox.catalog.Campaign;
import io.adcopilot.sandbox.catalog.Dimensions;
import io.adcopilot.sandbox.catalog.Targeting;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** Draws each campaign's episodes: at most one in every four-week block since the first day, often none. */
final class EpisodePlanner {

    private static final int BLOCK_DAYS = 28;

    private EpisodePlanner() {}

    static List<Episode> episodes(List<Campaign> campaigns, Map<String, Targeting> campaignReach, long seed,
                                  LocalDate startDate, LocalDate from, LocalDate to) {
        List<Episode> out = new ArrayList<>();
        long firstBlock = Math.max(0, ChronoUnit.DAYS.between(startDate, from) / BLOCK_DAYS);
        long lastBlock = ChronoUnit.DAYS.between(startDate, to) / BLOCK_DAYS;
        for (Campaign c : campaigns) {
            Targeting reach = campaignReach.getOrDefault(c.id(), Targeting.EVERYONE);
            for (long block = firstBlock; block <= lastBlock; block++) {
                SplittableRandom r = Seeds.random(seed, "episode", c.id(), block);
                if (r.nextDouble() >= 0.55) continue;
                LocalDate start = startDate.plusDays(block * BLOCK_DAYS + r.nextInt(20));
                LocalDate end = start.plusDays(2 + r.nextInt(6));
                String region = pick(r, reach.region().isEmpty() ? Dimensions.REGIONS : reach.region());
                List<String> mobile = reach.device().isEmpty() ? List.of("ios", "android")
                        : reach.device().stream().filter(d -> !d.equals("pc")).toList();
                String device = pick(r, mobile.isEmpty() ? reach.device() : mobile);
                out.add(switch (r.nextInt(4)) {
                    case 0 -> new Episode(c.id(), start, end, region, device, 1, 0.55 + r.nextDouble() * 0.25, 1);
                    case 1 -> new Episode(c.id(), start, end, region, device, 0.6 + r.nextDouble() * 0.25, 1, 1);
                    case 2 -> new Episode(c.id(), start, end, region, device, 1, 1, 1.2 + r.nextDouble() * 0.3);
                    default -> new Episode(c.id(), start, end, region, device, 1, 1.15 + r.nextDouble() * 0.25, 1);
                });
            }
        }
        return out;
    }

    private static String pick(SplittableRandom r, List<String> values) {
        return values.get(r.nextInt(values.size()));
    }
}
