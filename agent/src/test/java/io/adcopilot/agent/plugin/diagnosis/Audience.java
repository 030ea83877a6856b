package io.adcopilot.agent.plugin.diagnosis;

import io.adcopilot.agent.nlu.slot.DateRange;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A synthetic advertiser for tests: cells of campaign × region × device × gender × age, each with its traffic and
 * rates, written as one day of facts per period. Scenarios change some cells' traffic or rates in the current day.
 */
final class Audience {

    static final LocalDate BEFORE = LocalDate.of(2026, 11, 18);
    static final LocalDate AFTER = LocalDate.of(2026, 11, 19);
    static final DateRange CURRENT = DateRange.day(AFTER);

    static final List<String> CAMPAIGNS = List.of("c-1", "c-2", "c-3");
    static final List<String> REGIONS = List.of("广东", "浙江", "北京", "上海");
    static final List<String> DEVICES = List.of("ios", "android", "pc");
    static final List<String> GENDERS = List.of("male", "female");
    static final List<String> AGES = List.of("18-23", "24-30", "31-40");

    /** One cell's traffic and rates for a day. */
    record Cell(Map<String, String> dimensions, double impressions, double ctr, double cpc, double cvr, double aov) {

        Cell scaled(double traffic) {
            return new Cell(dimensions, impressions * traffic, ctr, cpc, cvr, aov);
        }

        Cell withCvr(double factor) {
            return new Cell(dimensions, impressions, ctr, cpc, cvr * factor, aov);
        }

        Cell withCpc(double factor) {
            return new Cell(dimensions, impressions, ctr, cpc * factor, cvr, aov);
        }

        boolean is(String dimension, String value) {
            return value.equals(dimensions.get(dimension));
        }

        BaseSums sums() {
            double clicks = Math.round(impressions * ctr);
            double conversions = Math.round(clicks * cvr);
            double cost = Math.round(clicks * cpc * 100) / 100.0;
            double revenue = Math.round(conversions * aov * 100) / 100.0;
            return new BaseSums(Math.round(impressions), clicks, cost, conversions, revenue);
        }
    }

    private Audience() {}

    /** Every cell with its usual day: rates that differ by device, region and campaign, but are steady over time. */
    static List<Cell> usualDay() {
        List<Cell> cells = new ArrayList<>();
        int i = 0;
        for (String campaign : CAMPAIGNS) {
            for (String region : REGIONS) {
                for (String device : DEVICES) {
                    for (String gender : GENDERS) {
                        for (String age : AGES) {
                            Map<String, String> d = new LinkedHashMap<>();
                            d.put("campaign", campaign);
                            d.put("ad_group", campaign + "-g");
                            d.put("creative", campaign + "-cr");
                            d.put("region", region);
                            d.put("device", device);
                            d.put("gender", gender);
                            d.put("age", age);
                            double impressions = 200_000 * (1 + (i * 7 % 5) * 0.25);
                            double ctr = switch (device) {
                                case "ios" -> 0.025;
                                case "android" -> 0.02;
                                default -> 0.015;
                            };
                            double cvr = switch (device) {
                                case "ios" -> 0.04;
                                case "android" -> 0.03;
                                default -> 0.05;
                            };
                            double cpc = 1.2 + REGIONS.indexOf(region) * 0.1 + CAMPAIGNS.indexOf(campaign) * 0.05;
                            cells.add(new Cell(d, impressions, ctr, cpc, cvr, 150 + (i % 3) * 20));
                            i++;
                        }
                    }
                }
            }
        }
        return cells;
    }

    /** The usual day before, and the usual day changed by {@code change} after. */
    static FactTable facts(Function<Cell, Cell> change) {
        FactTable table = new FactTable();
        for (Cell c : usualDay()) {
            table.add(BEFORE, c.dimensions(), c.sums());
            table.add(AFTER, c.dimensions(), change.apply(c).sums());
        }
        return table;
    }
}
