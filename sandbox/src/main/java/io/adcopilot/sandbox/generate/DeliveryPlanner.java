package io.adcopilot.sandbox.generate;

import io.adcopilot.sandbox.PlatformTime;
import io.adcopilot.sandbox.catalog.AdGroup;
import io.adcopilot.sandbox.catalog.Advertiser;
import io.adcopilot.sandbox.catalog.Campaign;
import io.adcopilot.sandbox.catalog.Catalog;
import io.adcopilot.sandbox.catalog.Creative;
import io.adcopilot.sandbox.catalog.Targeting;
import io.adcopilot.sandbox.history.Change;
import io.adcopilot.sandbox.history.Timelines;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Plans each creative's day: the campaign aims to spend a share of its budget (its utilization, the season, a slow
 * drift and daily noise; never more than 98% of it), the spend is split over the ad groups and creatives that could
 * deliver, and each share shrinks by the part of the day its campaign, ad group and creative were all active and
 * approved.
 */
final class DeliveryPlanner {

    private final Timelines timelines;
    private final long seed;
    private final LocalDate startDate;
    private final Map<String, String> industryOf = new HashMap<>();
    private final List<Campaign> campaigns;
    private final Map<String, List<AdGroup>> groupsOf;
    private final Map<String, List<Creative>> creativesOf;
    private final Map<String, CampaignTraits> traits = new HashMap<>();
    private final Map<String, AudienceFit> fits = new HashMap<>();
    private final List<Segment> segments;

    DeliveryPlanner(Catalog catalog, Timelines timelines, List<Segment> segments, long seed, LocalDate startDate) {
        this.timelines = timelines;
        this.seed = seed;
        this.startDate = startDate;
        this.segments = segments;
        for (Advertiser a : catalog.advertisers()) industryOf.put(a.id(), a.industry());
        this.campaigns = catalog.campaigns();
        this.groupsOf = catalog.adGroups().stream().collect(Collectors.groupingBy(AdGroup::campaignId));
        this.creativesOf = catalog.creatives().stream().collect(Collectors.groupingBy(Creative::adGroupId));
    }

    /** The plan for {@code date}, counting delivery up to {@code until} (the end of the day, or now for today). */
    List<PlanRow> plan(LocalDate date, Instant until) {
        Instant from = PlatformTime.startOf(date);
        Instant to = min(PlatformTime.startOf(date.plusDays(1)), until);
        List<PlanRow> rows = new ArrayList<>();
        if (!to.isAfter(from)) return rows;
        for (Campaign c : campaigns) planCampaign(c, date, from, to, rows);
        return rows;
    }

    List<Segment> segments() {
        return segments;
    }

    /** The episodes of every campaign that touch [from, to]. */
    List<Episode> episodes(LocalDate from, LocalDate to) {
        return EpisodePlanner.episodes(campaigns, campaignReach(), seed, startDate, from, to);
    }

    /** Where a campaign can deliver at all: the union of its ad groups' targeting. */
    private Map<String, Targeting> campaignReach() {
        Map<String, Targeting> out = new HashMap<>();
        groupsOf.forEach((campaignId, groups) -> out.put(campaignId, new Targeting(
                union(groups, Targeting::region), union(groups, Targeting::device),
                union(groups, Targeting::gender), union(groups, Targeting::age))));
        return out;
    }

    private void planCampaign(Campaign c, LocalDate date, Instant from, Instant to, List<PlanRow> rows) {
        String industry = industryOf.get(c.advertiserId());
        var budget = timelines.valueAt(c.id(), Change.DAILY_BUDGET, to.minusNanos(1)).map(BigDecimal::new);
        if (budget.isEmpty()) return;
        record Candidate(AdGroup group, Creative creative, double weight, double mass) {}
        List<Candidate> candidates = new ArrayList<>();
        double totalWeight = 0;
        for (AdGroup g : groupsOf.getOrDefault(c.id(), List.of())) {
            double groupWeight = 0.6 + Seeds.uniform(seed, "group", g.id()) * 0.8;
            for (Creative cr : creativesOf.getOrDefault(g.id(), List.of())) {
                double mass = deliveryMass(c.id(), g.id(), cr.id(), from, to);
                if (mass <= 0) continue;
                double weight = groupWeight * (0.5 + Seeds.uniform(seed, "creative", cr.id()))
                        * (cr.format().equals("video") ? 1.15 : 1.0);
                candidates.add(new Candidate(g, cr, weight, mass));
                totalWeight += weight;
            }
        }
        if (candidates.isEmpty()) return;

        CampaignTraits t = traits.computeIfAbsent(c.id(), id -> CampaignTraits.of(seed, id));
        long day = ChronoUnit.DAYS.between(startDate, date);
        Seasonality.Factors season = Seasonality.on(industry, date);
        double noise = Math.exp((Seeds.uniform(seed, "demand", c.id(), date) - 0.5) * 0.3);
        double growth = Math.exp(0.08 * day / 365.0);
        double demand = t.utilization() * season.demand() * CampaignTraits.drift(t.demandPhase(), day, 0.12)
                * noise * growth;
        double spend = budget.get().doubleValue() * Math.min(0.98, demand);
        long budgetCents = budget.get().movePointRight(2).longValue();

        for (Candidate k : candidates) {
            AdGroup g = k.group();
            double bid = timelines.valueAt(g.id(), Change.BID, to.minusNanos(1)).map(Double::parseDouble)
                    .orElse(g.bid().doubleValue());
            double creativeCtr = (0.85 + Seeds.uniform(seed, "creative-ctr", k.creative().id()) * 0.35)
                    * (k.creative().format().equals("video") ? 1.1 : 1.0);
            Economics e = Economics.of(industry, c.objective(), g.bidType(), bid, t,
                    CampaignTraits.drift(t.ctrPhase(), day, 0.08) * creativeCtr,
                    CampaignTraits.drift(t.cvrPhase(), day, 0.1) * season.cvr(), season.price());
            AudienceFit fit = fits.computeIfAbsent(g.id(), id -> AudienceFit.of(segments, industry, g.targeting()));
            double costPerImpression = e.priceKind().equals("cpc")
                    ? e.price() * e.ctr() * fit.meanPriceTimesCtr()
                    : e.price() / 1000 * fit.meanPrice();
            double creativeSpend = spend * k.weight() / totalWeight * k.mass();
            rows.add(new PlanRow(date, c.advertiserId(), c.id(), g.id(), k.creative().id(), industry,
                    Seeds.hash(seed, "cells", k.creative().id(), date), creativeSpend / costPerImpression,
                    fit.norm(), e.ctr(), e.cvr(), e.priceKind(), e.price(), e.aov() * season.aov(), budgetCents,
                    g.targeting()));
        }
    }

    /**
     * The share of the day's delivery curve during which the campaign, ad group and creative were all active, the
     * creative existed and was approved.
     */
    private double deliveryMass(String campaignId, String groupId, String creativeId, Instant from, Instant to) {
        TreeSet<Instant> cuts = new TreeSet<>(List.of(from, to));
        cuts.addAll(timelines.changesWithin(campaignId, Change.STATUS, from, to));
        cuts.addAll(timelines.changesWithin(groupId, Change.STATUS, from, to));
        cuts.addAll(timelines.changesWithin(creativeId, Change.STATUS, from, to));
        cuts.addAll(timelines.changesWithin(creativeId, Change.REVIEW_STATUS, from, to));
        cuts.addAll(timelines.changesWithin(creativeId, Change.CREATED, from, to));
        double mass = 0;
        Instant previous = null;
        for (Instant cut : cuts) {
            if (previous != null && delivering(campaignId, groupId, creativeId, previous)) {
                mass += PacingCurve.shareBetween(Duration.between(from, previous).toSeconds(),
                        Duration.between(from, cut).toSeconds());
            }
            previous = cut;
        }
        return mass;
    }

    private boolean delivering(String campaignId, String groupId, String creativeId, Instant t) {
        return is(campaignId, Change.STATUS, "active", t) && is(groupId, Change.STATUS, "active", t)
                && is(creativeId, Change.STATUS, "active", t) && is(creativeId, Change.REVIEW_STATUS, "approved", t)
                && is(creativeId, Change.CREATED, "true", t);
    }

    private boolean is(String entityId, String field, String value, Instant t) {
        return timelines.valueAt(entityId, field, t).map(value::equals).orElse(false);
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static List<String> union(List<AdGroup> groups, java.util.function.Function<Targeting, List<String>> dim) {
        if (groups.stream().anyMatch(g -> dim.apply(g.targeting()).isEmpty())) return List.of();
        return groups.stream().flatMap(g -> dim.apply(g.targeting()).stream()).distinct().toList();
    }

    /** Averages over the audience cells an ad group's targeting allows, weighted by the cells' shares. */
    record AudienceFit(double norm, double meanPrice, double meanPriceTimesCtr) {
        static AudienceFit of(List<Segment> segments, String industry, Targeting targeting) {
            double weight = 0, price = 0, priceCtr = 0;
            for (Segment s : segments) {
                if (!s.industry().equals(industry)
                        || !targeting.allows(s.region(), s.device(), s.gender(), s.age())) continue;
                weight += s.weight();
                price += s.weight() * s.priceMult();
                priceCtr += s.weight() * s.priceMult() * s.ctrMult();
            }
            return new AudienceFit(1 / weight, price / weight, priceCtr / weight);
        }
    }
}
