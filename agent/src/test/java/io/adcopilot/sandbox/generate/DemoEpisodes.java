package io.adcopilot.sandbox.generate;

import io.adcopilot.sandbox.catalog.DemoSeed;
import io.adcopilot.sandbox.catalog.PlatformSeed;
import io.adcopilot.sandbox.history.Timelines;
import java.time.LocalDate;
import java.util.List;

/**
 * The episodes the demo platform's generator planted (tests only): the ground truth a diagnosis should find. Lives
 * in the generator's package because episodes are the generator's own business.
 */
public final class DemoEpisodes {

    /** A few days when one region and device of a campaign behaved differently. */
    public record Planted(String campaignId, LocalDate start, LocalDate end, String region, String device,
                          double ctrMultiplier, double cvrMultiplier, double priceMultiplier) {}

    private DemoEpisodes() {}

    /** The episodes of every demo campaign that touch [from, to]. */
    public static List<Planted> between(LocalDate from, LocalDate to) {
        PlatformSeed seed = DemoSeed.load();
        DeliveryPlanner planner = new DeliveryPlanner(seed.catalog(), new Timelines(seed.history()),
                AudienceMix.segments(), seed.seed(), seed.startDate());
        return planner.episodes(from, to).stream()
                .map(e -> new Planted(e.campaignId(), e.start(), e.end(), e.region(), e.device(), e.ctrMult(),
                        e.cvrMult(), e.priceMult()))
                .toList();
    }
}
