package io.adcopilot.sandbox.manage;

import io.adcopilot.sandbox.PlatformException;
import io.adcopilot.sandbox.catalog.AdGroup;
import io.adcopilot.sandbox.catalog.Campaign;
import io.adcopilot.sandbox.catalog.Creative;
import io.adcopilot.sandbox.generate.ReportGenerator;
import io.adcopilot.sandbox.history.Change;
import io.adcopilot.sandbox.store.EntityStore;
import io.adcopilot.sandbox.store.PlatformDb;
import io.adcopilot.sandbox.store.StoreException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Applies patches under the platform's rules, each in one transaction: the entity is read, the rules are checked,
 * the row is updated only if its version is unchanged, and the change is logged. A lost race answers 409, so no
 * update is ever lost.
 */
public final class EntityUpdates {

    private final PlatformDb db;
    private final EntityStore entities;
    private final ReportGenerator generator;
    private final Clock clock;

    public EntityUpdates(PlatformDb db, EntityStore entities, ReportGenerator generator, Clock clock) {
        this.db = db;
        this.entities = entities;
        this.generator = generator;
        this.clock = clock;
    }

    public Campaign updateCampaign(String advertiserId, String id, Patch patch) {
        if (patch.bid().isPresent()) throw PlatformException.invalid("bid", "campaigns have no bid; bids are set on ad groups");
        BigDecimal todaySpend = patch.dailyBudget().isPresent() ? todaySpend(advertiserId, id) : BigDecimal.ZERO;
        return write(() -> db.inTransaction(c -> {
            Campaign current = entities.campaign(c, advertiserId, id)
                    .orElseThrow(() -> PlatformException.notFound("campaign " + id + " not found"));
            checkVersion("campaign", id, current.version(), patch);
            Map<String, Object> columns = new LinkedHashMap<>();
            patch.dailyBudget().ifPresent(budget -> {
                PlatformRules.checkBudget(budget);
                if (budget.compareTo(todaySpend) < 0) {
                    throw PlatformException.conflict("daily_budget", "daily_budget " + budget.toPlainString()
                            + " is below today's spend of " + todaySpend.toPlainString() + " CNY on campaign " + id
                            + "; choose at least " + todaySpend.toPlainString());
                }
                if (budget.compareTo(current.dailyBudget()) != 0) columns.put(Change.DAILY_BUDGET, budget);
            });
            status(patch, current.status()).ifPresent(s -> columns.put(Change.STATUS, s));
            apply(c, "campaigns", "campaign", id, columns, current.version());
            return entities.campaign(c, advertiserId, id).orElseThrow();
        }));
    }

    public AdGroup updateAdGroup(String advertiserId, String id, Patch patch) {
        if (patch.dailyBudget().isPresent()) {
            throw PlatformException.invalid("daily_budget", "ad groups have no daily_budget; budgets are set on campaigns");
        }
        return write(() -> db.inTransaction(c -> {
            AdGroup current = entities.adGroup(c, advertiserId, id)
                    .orElseThrow(() -> PlatformException.notFound("ad group " + id + " not found"));
            checkVersion("ad group", id, current.version(), patch);
            Map<String, Object> columns = new LinkedHashMap<>();
            patch.bid().ifPresent(bid -> {
                PlatformRules.checkBid(current.bidType(), bid);
                if (bid.compareTo(current.bid()) != 0) columns.put(Change.BID, bid);
            });
            status(patch, current.status()).ifPresent(s -> columns.put(Change.STATUS, s));
            apply(c, "ad_groups", "ad group", id, columns, current.version());
            return entities.adGroup(c, advertiserId, id).orElseThrow();
        }));
    }

    public Creative updateCreative(String advertiserId, String id, Patch patch) {
        if (patch.dailyBudget().isPresent() || patch.bid().isPresent()) {
            throw PlatformException.invalid(patch.bid().isPresent() ? "bid" : "daily_budget",
                    "a creative has only a status to change");
        }
        return write(() -> db.inTransaction(c -> {
            Creative current = entities.creative(c, advertiserId, id)
                    .orElseThrow(() -> PlatformException.notFound("creative " + id + " not found"));
            checkVersion("creative", id, current.version(), patch);
            Map<String, Object> columns = new LinkedHashMap<>();
            status(patch, current.status()).ifPresent(s -> columns.put(Change.STATUS, s));
            apply(c, "creatives", "creative", id, columns, current.version());
            return entities.creative(c, advertiserId, id).orElseThrow();
        }));
    }

    private BigDecimal todaySpend(String advertiserId, String campaignId) {
        return generator.todaySpend(advertiserId, java.time.Duration.ofMinutes(1)).getOrDefault(campaignId, BigDecimal.ZERO);
    }

    private static Optional<String> status(Patch patch, String current) {
        patch.status().ifPresent(s -> {
            if (!s.equals("active") && !s.equals("paused")) {
                throw PlatformException.invalid("status", "status must be active or paused; got " + s);
            }
        });
        return patch.status().filter(s -> !s.equals(current));
    }

    private static void checkVersion(String kind, String id, long current, Patch patch) {
        patch.expectedVersion().ifPresent(expected -> {
            if (expected != current) {
                throw PlatformException.conflict("version", kind + " " + id + " is at version " + current
                        + " but the update was made against version " + expected + "; read it again and retry");
            }
        });
    }

    private void apply(Connection c, String table, String kind, String id, Map<String, Object> columns, long version)
            throws SQLException {
        if (columns.isEmpty()) return;
        if (!entities.update(c, table, id, columns, version)) {
            throw PlatformException.conflict("version", kind + " " + id + " was changed by another request; read it "
                    + "again and retry");
        }
        List<Change> changes = new ArrayList<>();
        columns.forEach((field, value) -> changes.add(new Change(id, field,
                value instanceof BigDecimal d ? d.toPlainString() : value.toString(), clock.instant())));
        entities.record(c, changes);
    }

    private static <T> T write(java.util.function.Supplier<T> update) {
        try {
            return update.get();
        } catch (StoreException.Conflict e) {
            throw PlatformException.conflict("version", "another request changed this entity at the same time; "
                    + "read it again and retry");
        }
    }
}
