package io.adcopilot.sandbox.catalog;

import io.adcopilot.sandbox.PlatformTime;
import io.adcopilot.sandbox.SandboxJson;
import io.adcopilot.sandbox.history.Change;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The demo platform: the advertisers, campaigns, ad groups and creatives of {@code seed/demo-catalog.json} and the
 * history of {@code seed/demo-history.json} (delivery flights, budget changes, targeting, reviews).
 */
public final class DemoSeed {

    private DemoSeed() {}

    public static PlatformSeed load() {
        JsonNode catalog = read("/seed/demo-catalog.json");
        JsonNode history = read("/seed/demo-history.json");
        return new Builder(history).build(catalog);
    }

    private static JsonNode read(String resource) {
        try (InputStream in = DemoSeed.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            return SandboxJson.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Builder {
        private final JsonNode entities;
        private final LocalDate start;
        private final long seed;
        private final Set<String> seen = new HashSet<>();
        private final List<Advertiser> advertisers = new ArrayList<>();
        private final List<Campaign> campaigns = new ArrayList<>();
        private final List<AdGroup> adGroups = new ArrayList<>();
        private final List<Creative> creatives = new ArrayList<>();
        private final List<Change> changes = new ArrayList<>();

        Builder(JsonNode history) {
            this.entities = history.path("entities");
            this.start = LocalDate.parse(history.path("start_date").asString());
            this.seed = history.path("seed").asLong();
        }

        PlatformSeed build(JsonNode catalog) {
            for (JsonNode a : catalog.path("advertisers")) {
                String adv = a.path("id").asString();
                advertisers.add(new Advertiser(adv, a.path("name").asString(), a.path("industry").asString(),
                        a.path("currency").asString(), a.path("timezone").asString(), a.path("balance").decimalValue()));
                for (JsonNode c : a.path("campaigns")) campaign(adv, c);
            }
            for (var id : entities.propertyNames()) {
                if (!seen.contains(id)) throw new IllegalStateException("history names unknown entity " + id);
            }
            return new PlatformSeed(new Catalog(advertisers, campaigns, adGroups, creatives), changes, start, seed);
        }

        private void campaign(String adv, JsonNode c) {
            String id = c.path("id").asString();
            var campaign = new Campaign(id, adv, c.path("name").asString(), c.path("objective").asString(),
                    c.path("status").asString(), c.path("daily_budget").decimalValue(), 1);
            campaigns.add(campaign);
            status(id, campaign.status());
            values(id, Change.DAILY_BUDGET, "budgets", campaign.dailyBudget().toPlainString());
            for (JsonNode g : c.path("ad_groups")) adGroup(adv, id, g);
        }

        private void adGroup(String adv, String campaignId, JsonNode g) {
            String id = g.path("id").asString();
            JsonNode t = history(id).path("targeting");
            var targeting = new Targeting(strings(t.path("region")), strings(t.path("device")),
                    strings(t.path("gender")), strings(t.path("age")));
            var group = new AdGroup(id, adv, campaignId, g.path("name").asString(), g.path("bid_type").asString(),
                    g.path("bid").decimalValue(), g.path("status").asString(), targeting, 1);
            adGroups.add(group);
            status(id, group.status());
            values(id, Change.BID, "bids", group.bid().toPlainString());
            for (JsonNode cr : g.path("creatives")) creative(adv, campaignId, id, cr);
        }

        private void creative(String adv, String campaignId, String adGroupId, JsonNode cr) {
            String id = cr.path("id").asString();
            var creative = new Creative(id, adv, campaignId, adGroupId, cr.path("name").asString(),
                    cr.path("format").asString(), cr.path("status").asString(), cr.path("review_status").asString(), 1);
            creatives.add(creative);
            String created = history(id).path("created").asString(start.toString());
            changes.add(new Change(id, Change.CREATED, "true", PlatformTime.startOf(LocalDate.parse(created))));
            status(id, creative.status());
            values(id, Change.REVIEW_STATUS, "review", creative.reviewStatus());
        }

        private JsonNode history(String id) {
            seen.add(id);
            return entities.path(id);
        }

        /** Status changes from delivery flights; without flights the entity has had its current status throughout. */
        private void status(String id, String current) {
            JsonNode flights = history(id).path("active");
            if (flights.isMissingNode()) {
                changes.add(new Change(id, Change.STATUS, current, PlatformTime.startOf(start)));
                return;
            }
            String last = null;
            if (LocalDate.parse(flights.get(0).get(0).asString()).isAfter(start)) {
                changes.add(new Change(id, Change.STATUS, last = "paused", PlatformTime.startOf(start)));
            }
            for (JsonNode flight : flights) {
                changes.add(new Change(id, Change.STATUS, last = "active",
                        PlatformTime.startOf(LocalDate.parse(flight.get(0).asString()))));
                if (!flight.get(1).isNull()) {
                    LocalDate end = LocalDate.parse(flight.get(1).asString());
                    changes.add(new Change(id, Change.STATUS, last = "paused", PlatformTime.startOf(end.plusDays(1))));
                }
            }
            requireCurrent(id, Change.STATUS, last, current);
        }

        /** Dated values of a field ({@code [[date, value], …]}); without them the current value held throughout. */
        private void values(String id, String field, String key, String current) {
            JsonNode dated = history(id).path(key);
            if (dated.isMissingNode()) {
                changes.add(new Change(id, field, current, PlatformTime.startOf(start)));
                return;
            }
            String last = null;
            for (JsonNode entry : dated) {
                last = entry.get(1).isNumber() ? entry.get(1).decimalValue().toPlainString() : entry.get(1).asString();
                changes.add(new Change(id, field, last, PlatformTime.startOf(LocalDate.parse(entry.get(0).asString()))));
            }
            requireCurrent(id, field, last, current);
        }

        private static void requireCurrent(String id, String field, String last, String current) {
            boolean same = last != null && (last.equals(current) || isSameNumber(last, current));
            if (!same) {
                throw new IllegalStateException(id + ": history ends with " + field + "=" + last
                        + " but the catalog says " + current);
            }
        }

        private static boolean isSameNumber(String a, String b) {
            try {
                return new BigDecimal(a).compareTo(new BigDecimal(b)) == 0;
            } catch (NumberFormatException e) {
                return false;
            }
        }

        private static List<String> strings(JsonNode array) {
            List<String> out = new ArrayList<>();
            for (JsonNode n : array) out.add(n.asString());
            return out;
        }
    }
}
