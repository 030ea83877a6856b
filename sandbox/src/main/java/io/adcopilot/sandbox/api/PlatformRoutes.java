package io.adcopilot.sandbox.api;

import io.adcopilot.sandbox.PlatformException;
import io.adcopilot.sandbox.PlatformTime;
import io.adcopilot.sandbox.SandboxJson;
import io.adcopilot.sandbox.auth.PlatformTokens;
import io.adcopilot.sandbox.catalog.Advertiser;
import io.adcopilot.sandbox.catalog.Dimensions;
import io.adcopilot.sandbox.generate.ReportGenerator;
import io.adcopilot.sandbox.manage.EntityUpdates;
import io.adcopilot.sandbox.report.Dimension;
import io.adcopilot.sandbox.report.ReportQuery;
import io.adcopilot.sandbox.report.ReportResult;
import io.adcopilot.sandbox.report.ReportStore;
import io.adcopilot.sandbox.store.EntityStore;
import io.adcopilot.sandbox.store.StoreException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The platform's REST API under {@code /platform/v1}, described by {@code /platform/v1/openapi.json}. */
public final class PlatformRoutes {

    public static final String BASE = "/platform/v1";
    private static final Logger LOG = LoggerFactory.getLogger(PlatformRoutes.class);
    private static final String JSON = "application/json; charset=utf-8";

    private final EntityStore entities;
    private final ReportStore reports;
    private final EntityUpdates updates;
    private final ReportGenerator generator;
    private final PlatformTokens tokens;
    private final Clock clock;
    private final String openApi;
    /** Advertisers never change through this API, so a verified token's advertiser is looked up once. */
    private final Map<String, Advertiser> advertisers = new ConcurrentHashMap<>();

    public PlatformRoutes(EntityStore entities, ReportStore reports, EntityUpdates updates, ReportGenerator generator,
                          PlatformTokens tokens, Clock clock) {
        this.entities = entities;
        this.reports = reports;
        this.updates = updates;
        this.generator = generator;
        this.tokens = tokens;
        this.clock = clock;
        this.openApi = resource("/openapi.json");
    }

    public String openApi() {
        return openApi;
    }

    public void addTo(RoutesConfig routes) {
        routes.get(BASE + "/openapi.json", ctx -> ctx.contentType(JSON).result(openApi));
        routes.get(BASE + "/account", guarded(this::account));
        routes.get(BASE + "/campaigns", guarded(this::campaigns));
        routes.get(BASE + "/campaigns/{id}", guarded(this::campaign));
        routes.patch(BASE + "/campaigns/{id}", guarded(this::updateCampaign));
        routes.get(BASE + "/ad-groups", guarded(this::adGroups));
        routes.get(BASE + "/ad-groups/{id}", guarded(this::adGroup));
        routes.patch(BASE + "/ad-groups/{id}", guarded(this::updateAdGroup));
        routes.get(BASE + "/creatives", guarded(this::creatives));
        routes.get(BASE + "/creatives/{id}", guarded(this::creative));
        routes.patch(BASE + "/creatives/{id}", guarded(this::updateCreative));
        routes.post(BASE + "/reports/query", guarded(this::report));
    }

    /** A handler for an authenticated advertiser. */
    @FunctionalInterface
    private interface AdvertiserHandler {
        Object handle(Context ctx, Advertiser advertiser);
    }

    private Handler guarded(AdvertiserHandler handler) {
        return ctx -> {
            try {
                Object body = handler.handle(ctx, authenticate(ctx));
                ctx.contentType(JSON).result(SandboxJson.MAPPER.writeValueAsString(body));
            } catch (PlatformException e) {
                error(ctx, e.status(), e.code(), e.getMessage(), e.field());
            } catch (StoreException.Conflict e) {
                error(ctx, 409, "conflict", "another request changed this entity at the same time; retry", null);
            } catch (RuntimeException e) {
                LOG.error("platform request {} {} failed", ctx.method(), ctx.path(), e);
                error(ctx, 500, "internal", "the platform failed to answer this request; it has been logged", null);
            }
        };
    }

    private Advertiser authenticate(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw PlatformException.unauthenticated("missing bearer token: send 'Authorization: Bearer <token>' "
                    + "(get one with ./adcopilot token --advertiser adv-1001)");
        }
        return tokens.verify(header.substring(7).trim())
                .flatMap(id -> Optional.ofNullable(advertisers.computeIfAbsent(id, k -> entities.advertiser(k).orElse(null))))
                .orElseThrow(() -> PlatformException.unauthenticated("invalid bearer token"));
    }

    private Object account(Context ctx, Advertiser a) {
        BigDecimal spend = todaySpend(a).values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return Views.Account.of(a, spend);
    }

    private Object campaigns(Context ctx, Advertiser a) {
        String status = choice(ctx, "status", Dimensions.STATUSES);
        Map<String, BigDecimal> spend = todaySpend(a);
        return new Views.Items<>(entities.campaigns(a.id(), status).stream()
                .map(c -> Views.CampaignView.of(c, spend.getOrDefault(c.id(), BigDecimal.ZERO))).toList());
    }

    private Object campaign(Context ctx, Advertiser a) {
        String id = ctx.pathParam("id");
        var c = entities.campaign(a.id(), id).orElseThrow(() -> PlatformException.notFound("campaign " + id + " not found"));
        ctx.header("ETag", "\"" + c.version() + "\"");
        return Views.CampaignView.of(c, todaySpend(a).getOrDefault(id, BigDecimal.ZERO));
    }

    private Object updateCampaign(Context ctx, Advertiser a) {
        var patch = Bodies.patch(ctx.body(), Set.of("daily_budget", "status"), ctx.header("If-Match"));
        var c = updates.updateCampaign(a.id(), ctx.pathParam("id"), patch);
        ctx.header("ETag", "\"" + c.version() + "\"");
        return Views.CampaignView.of(c, todaySpend(a).getOrDefault(c.id(), BigDecimal.ZERO));
    }

    private Object adGroups(Context ctx, Advertiser a) {
        String campaignId = ctx.queryParam("campaign_id");
        if (campaignId != null) {
            entities.campaign(a.id(), campaignId)
                    .orElseThrow(() -> PlatformException.notFound("campaign " + campaignId + " not found"));
        }
        String status = choice(ctx, "status", Dimensions.STATUSES);
        return new Views.Items<>(entities.adGroups(a.id(), campaignId, status).stream()
                .map(Views.AdGroupView::of).toList());
    }

    private Object adGroup(Context ctx, Advertiser a) {
        String id = ctx.pathParam("id");
        var g = entities.adGroup(a.id(), id).orElseThrow(() -> PlatformException.notFound("ad group " + id + " not found"));
        ctx.header("ETag", "\"" + g.version() + "\"");
        return Views.AdGroupView.of(g);
    }

    private Object updateAdGroup(Context ctx, Advertiser a) {
        var patch = Bodies.patch(ctx.body(), Set.of("bid", "status"), ctx.header("If-Match"));
        var g = updates.updateAdGroup(a.id(), ctx.pathParam("id"), patch);
        ctx.header("ETag", "\"" + g.version() + "\"");
        return Views.AdGroupView.of(g);
    }

    private Object creatives(Context ctx, Advertiser a) {
        String adGroupId = ctx.queryParam("ad_group_id");
        if (adGroupId != null) {
            entities.adGroup(a.id(), adGroupId)
                    .orElseThrow(() -> PlatformException.notFound("ad group " + adGroupId + " not found"));
        }
        return new Views.Items<>(entities.creatives(a.id(), adGroupId, choice(ctx, "status", Dimensions.STATUSES),
                choice(ctx, "review_status", Dimensions.REVIEW_STATUSES)));
    }

    private Object creative(Context ctx, Advertiser a) {
        String id = ctx.pathParam("id");
        var c = entities.creative(a.id(), id).orElseThrow(() -> PlatformException.notFound("creative " + id + " not found"));
        ctx.header("ETag", "\"" + c.version() + "\"");
        return c;
    }

    private Object updateCreative(Context ctx, Advertiser a) {
        var patch = Bodies.patch(ctx.body(), Set.of("status"), ctx.header("If-Match"));
        var c = updates.updateCreative(a.id(), ctx.pathParam("id"), patch);
        ctx.header("ETag", "\"" + c.version() + "\"");
        return c;
    }

    private Object report(Context ctx, Advertiser a) {
        ReportQuery q = ReportRequests.parse(a.id(), ctx.body());
        requireOwn(a, q, Dimension.CAMPAIGN, "campaigns", "campaign");
        requireOwn(a, q, Dimension.AD_GROUP, "ad_groups", "ad group");
        requireOwn(a, q, Dimension.CREATIVE, "creatives", "creative");
        LocalDate today = PlatformTime.today(clock);
        if (!q.end().isBefore(today)) generator.refreshTodayIfOlderThan(Duration.ofMinutes(5));
        ReportResult result = reports.query(q);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("rows", result.rows());
        body.put("totals", result.totals());
        body.put("truncated", result.truncated());
        body.put("time_range", Map.of("start", q.start().toString(), "end", q.end().toString()));
        body.put("currency", a.currency());
        body.put("data_through", Map.of("full_days", generator.generatedThrough().toString(),
                "today_as_of", generator.todayAsOf().toString()));
        return body;
    }

    private Map<String, BigDecimal> todaySpend(Advertiser a) {
        return generator.todaySpend(a.id(), Duration.ofMinutes(5));
    }

    private void requireOwn(Advertiser a, ReportQuery q, Dimension d, String table, String kind) {
        List<String> wanted = q.filters().get(d);
        if (wanted == null) return;
        List<String> own = entities.ids(a.id(), table);
        for (String id : wanted) {
            if (!own.contains(id)) throw PlatformException.notFound(kind + " " + id + " not found");
        }
    }

    private static String choice(Context ctx, String param, List<String> allowed) {
        String value = ctx.queryParam(param);
        if (value != null && !allowed.contains(value)) {
            throw PlatformException.invalid(param, param + " must be one of " + String.join(", ", allowed)
                    + "; got " + value);
        }
        return value;
    }

    private static void error(Context ctx, int status, String code, String message, String field) {
        ctx.status(status).contentType(JSON).result(SandboxJson.MAPPER.writeValueAsString(
                new Views.ErrorBody(new Views.Error(status, code, message, field))));
    }

    private static String resource(String name) {
        try (InputStream in = PlatformRoutes.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing resource " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
