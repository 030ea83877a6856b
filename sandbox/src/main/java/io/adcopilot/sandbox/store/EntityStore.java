package io.adcopilot.sandbox.store;

import io.adcopilot.sandbox.catalog.AdGroup;
import io.adcopilot.sandbox.catalog.Advertiser;
import io.adcopilot.sandbox.catalog.Campaign;
import io.adcopilot.sandbox.catalog.Catalog;
import io.adcopilot.sandbox.catalog.Creative;
import io.adcopilot.sandbox.catalog.Targeting;
import io.adcopilot.sandbox.history.Change;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/** Advertisers, campaigns, ad groups and creatives, their change history, and optimistic updates. */
public final class EntityStore {

    private static final String CAMPAIGN_COLUMNS = "id, advertiser_id, name, objective, status, daily_budget, version";
    private static final String AD_GROUP_COLUMNS = "id, advertiser_id, campaign_id, name, bid_type, bid, status, "
            + "target_region, target_device, target_gender, target_age, version";
    private static final String CREATIVE_COLUMNS = "id, advertiser_id, campaign_id, ad_group_id, name, format, status, "
            + "review_status, version";

    private final PlatformDb db;

    public EntityStore(PlatformDb db) {
        this.db = db;
    }

    public boolean isEmpty() {
        return db.withConnection(c -> {
            try (var rs = c.createStatement().executeQuery("SELECT count(*) FROM advertisers")) {
                rs.next();
                return rs.getLong(1) == 0;
            }
        });
    }

    /** Writes a whole catalog and its history in one transaction. */
    public void insert(Catalog catalog, List<Change> history) {
        db.inTransaction(c -> {
            try (var ps = c.prepareStatement("INSERT INTO advertisers VALUES (?, ?, ?, ?, ?, ?)")) {
                for (Advertiser a : catalog.advertisers()) {
                    bind(ps, a.id(), a.name(), a.industry(), a.currency(), a.timezone(), a.balance());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (var ps = c.prepareStatement("INSERT INTO campaigns VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                for (Campaign x : catalog.campaigns()) {
                    bind(ps, x.id(), x.advertiserId(), x.name(), x.objective(), x.status(), x.dailyBudget(), x.version());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (var ps = c.prepareStatement("INSERT INTO ad_groups VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (AdGroup g : catalog.adGroups()) {
                    Targeting t = g.targeting();
                    bind(ps, g.id(), g.advertiserId(), g.campaignId(), g.name(), g.bidType(), g.bid(), g.status(),
                            array(c, t.region()), array(c, t.device()), array(c, t.gender()), array(c, t.age()),
                            g.version());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (var ps = c.prepareStatement("INSERT INTO creatives VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (Creative x : catalog.creatives()) {
                    bind(ps, x.id(), x.advertiserId(), x.campaignId(), x.adGroupId(), x.name(), x.format(), x.status(),
                            x.reviewStatus(), x.version());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            record(c, history);
            return null;
        });
    }

    public Catalog catalog() {
        return db.withConnection(c -> new Catalog(
                list(c, "SELECT * FROM advertisers ORDER BY id", EntityStore::advertiser),
                list(c, "SELECT " + CAMPAIGN_COLUMNS + " FROM campaigns ORDER BY id", EntityStore::campaign),
                list(c, "SELECT " + AD_GROUP_COLUMNS + " FROM ad_groups ORDER BY id", EntityStore::adGroup),
                list(c, "SELECT " + CREATIVE_COLUMNS + " FROM creatives ORDER BY id", EntityStore::creative)));
    }

    public List<Change> changes() {
        return db.withConnection(c -> list(c, "SELECT entity_id, field, value, changed_at FROM entity_changes",
                rs -> new Change(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class).toInstant())));
    }

    public Optional<Advertiser> advertiser(String id) {
        return db.withConnection(c -> one(c, "SELECT * FROM advertisers WHERE id = ?", EntityStore::advertiser, id));
    }

    public List<Campaign> campaigns(String advertiserId, String status) {
        return db.withConnection(c -> list(c, "SELECT " + CAMPAIGN_COLUMNS + " FROM campaigns WHERE advertiser_id = ?"
                + " AND (? IS NULL OR status = ?) ORDER BY id", EntityStore::campaign, advertiserId, status, status));
    }

    public Optional<Campaign> campaign(String advertiserId, String id) {
        return db.withConnection(c -> campaign(c, advertiserId, id));
    }

    public Optional<Campaign> campaign(Connection c, String advertiserId, String id) throws SQLException {
        return one(c, "SELECT " + CAMPAIGN_COLUMNS + " FROM campaigns WHERE advertiser_id = ? AND id = ?",
                EntityStore::campaign, advertiserId, id);
    }

    public List<AdGroup> adGroups(String advertiserId, String campaignId, String status) {
        return db.withConnection(c -> list(c, "SELECT " + AD_GROUP_COLUMNS + " FROM ad_groups WHERE advertiser_id = ?"
                        + " AND (? IS NULL OR campaign_id = ?) AND (? IS NULL OR status = ?) ORDER BY id",
                EntityStore::adGroup, advertiserId, campaignId, campaignId, status, status));
    }

    public Optional<AdGroup> adGroup(String advertiserId, String id) {
        return db.withConnection(c -> adGroup(c, advertiserId, id));
    }

    public Optional<AdGroup> adGroup(Connection c, String advertiserId, String id) throws SQLException {
        return one(c, "SELECT " + AD_GROUP_COLUMNS + " FROM ad_groups WHERE advertiser_id = ? AND id = ?",
                EntityStore::adGroup, advertiserId, id);
    }

    public List<Creative> creatives(String advertiserId, String adGroupId, String status, String reviewStatus) {
        return db.withConnection(c -> list(c, "SELECT " + CREATIVE_COLUMNS + " FROM creatives WHERE advertiser_id = ?"
                        + " AND (? IS NULL OR ad_group_id = ?) AND (? IS NULL OR status = ?)"
                        + " AND (? IS NULL OR review_status = ?) ORDER BY id", EntityStore::creative,
                advertiserId, adGroupId, adGroupId, status, status, reviewStatus, reviewStatus));
    }

    public Optional<Creative> creative(String advertiserId, String id) {
        return db.withConnection(c -> creative(c, advertiserId, id));
    }

    public Optional<Creative> creative(Connection c, String advertiserId, String id) throws SQLException {
        return one(c, "SELECT " + CREATIVE_COLUMNS + " FROM creatives WHERE advertiser_id = ? AND id = ?",
                EntityStore::creative, advertiserId, id);
    }

    /** The ids of an advertiser's entities of one kind ({@code campaigns}, {@code ad_groups} or {@code creatives}). */
    public List<String> ids(String advertiserId, String table) {
        if (!List.of("campaigns", "ad_groups", "creatives").contains(table)) {
            throw new IllegalArgumentException(table);
        }
        return db.withConnection(c -> list(c, "SELECT id FROM " + table + " WHERE advertiser_id = ? ORDER BY id",
                rs -> rs.getString(1), advertiserId));
    }

    /**
     * Sets columns of one row if its version is still {@code expectedVersion}, and bumps the version.
     *
     * @return false when the row has moved on to another version
     */
    public boolean update(Connection c, String table, String id, Map<String, Object> columns, long expectedVersion)
            throws SQLException {
        var set = new StringJoiner(", ");
        columns.keySet().forEach(column -> set.add(column + " = ?"));
        String sql = "UPDATE " + table + " SET " + set + ", version = version + 1 WHERE id = ? AND version = ?";
        try (var ps = c.prepareStatement(sql)) {
            int i = 1;
            for (Object value : columns.values()) ps.setObject(i++, value);
            ps.setString(i++, id);
            ps.setLong(i, expectedVersion);
            return ps.executeUpdate() == 1;
        }
    }

    public void record(Connection c, List<Change> changes) throws SQLException {
        try (var ps = c.prepareStatement("INSERT INTO entity_changes VALUES (?, ?, ?, ?)")) {
            for (Change change : changes) {
                bind(ps, change.entityId(), change.field(), change.value(),
                        OffsetDateTime.ofInstant(change.at(), ZoneOffset.UTC));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static Advertiser advertiser(ResultSet rs) throws SQLException {
        return new Advertiser(rs.getString("id"), rs.getString("name"), rs.getString("industry"),
                rs.getString("currency"), rs.getString("timezone"), rs.getBigDecimal("balance"));
    }

    private static Campaign campaign(ResultSet rs) throws SQLException {
        return new Campaign(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getBigDecimal(6), rs.getLong(7));
    }

    private static AdGroup adGroup(ResultSet rs) throws SQLException {
        var targeting = new Targeting(strings(rs.getArray(8)), strings(rs.getArray(9)), strings(rs.getArray(10)),
                strings(rs.getArray(11)));
        return new AdGroup(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getBigDecimal(6), rs.getString(7), targeting, rs.getLong(12));
    }

    private static Creative creative(ResultSet rs) throws SQLException {
        return new Creative(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getLong(9));
    }

    private static List<String> strings(Array array) throws SQLException {
        return Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
    }

    private static Array array(Connection c, List<String> values) throws SQLException {
        return c.createArrayOf("VARCHAR", values.toArray());
    }

    interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    static <T> List<T> list(Connection c, String sql, RowMapper<T> mapper, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                List<T> out = new ArrayList<>();
                while (rs.next()) out.add(mapper.map(rs));
                return out;
            }
        }
    }

    static <T> Optional<T> one(Connection c, String sql, RowMapper<T> mapper, Object... params) throws SQLException {
        return list(c, sql, mapper, params).stream().findFirst();
    }

    static void bind(PreparedStatement ps, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) ps.setObject(i + 1, params[i]);
    }
}
