package io.adcopilot.agent.plugin.analysis;

import io.adcopilot.agent.nlu.Frame;
import io.adcopilot.agent.nlu.dataset.DatasetItem;
import io.adcopilot.agent.nlu.embedded.BuiltInExamples;
import io.adcopilot.agent.nlu.embedded.CatalogSource;
import io.adcopilot.agent.nlu.entity.Entity;
import io.adcopilot.agent.nlu.entity.EntityCatalog;
import io.adcopilot.agent.nlu.slot.DateRange;
import io.adcopilot.agent.nlu.slot.SlotNames;
import io.adcopilot.agent.nlu.slot.Slots;
import io.adcopilot.agent.platform.ReportRequest;
import io.adcopilot.agent.platform.ReportTable;
import io.adcopilot.agent.platform.Reports;
import io.adcopilot.agent.platform.TurnReports;
import io.adcopilot.agent.plugin.IntentSpec;
import io.adcopilot.agent.plugin.Plugin;
import io.adcopilot.agent.plugin.StepContext;
import io.adcopilot.agent.plugin.StepOutcome;
import io.adcopilot.agent.reflect.FailureWording;
import io.adcopilot.agent.semantic.Dimensions;
import io.adcopilot.agent.semantic.Format;
import io.adcopilot.agent.semantic.MetricDefinition;
import io.adcopilot.agent.semantic.Metrics;
import io.adcopilot.agent.turn.Answer;
import io.adcopilot.agent.turn.Language;
import io.adcopilot.agent.turn.Table;
import io.adcopilot.core.json.Json;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

/**
 * Data analysis (query_metrics): turns the frame into a report query on the semantic layer (derived metrics from
 * sums; no time given → the last 7 days, said in the answer; no metric → the overview set or the advertiser's
 * remembered default), runs it through the gateway, and answers with a sentence of the key numbers, a table and a
 * chart — a line for a trend, bars for a breakdown, bars side by side for a comparison.
 */
public final class AnalysisPlugin implements Plugin {

    private static final List<String> FILTERS = List.of(SlotNames.CAMPAIGN, SlotNames.AD_GROUP, SlotNames.CREATIVE,
            SlotNames.REGION, SlotNames.DEVICE, SlotNames.GENDER, SlotNames.AGE);

    private final CatalogSource catalogs;

    public AnalysisPlugin(CatalogSource catalogs) {
        this.catalogs = catalogs;
    }

    @Override
    public String name() {
        return "data_analysis";
    }

    @Override
    public List<IntentSpec> intents() {
        return List.of(new IntentSpec("query_metrics", "Numbers from reports: totals, breakdowns, trends, rankings, comparisons.",
                examples("query_metrics"), SlotNames.of("query_metrics")));
    }

    static List<DatasetItem> examples(String intent) {
        return BuiltInExamples.all().stream().filter(i -> i.intent().equals(intent)).toList();
    }

    @Override
    public StepOutcome handle(Frame frame, String text, StepContext ctx) {
        Language lang = ctx.language();
        Slots slots = frame.slots();
        List<String> metrics = !slots.list(SlotNames.METRICS).isEmpty() ? slots.list(SlotNames.METRICS)
                : !ctx.preferences().metrics().isEmpty() ? ctx.preferences().metrics() : Metrics.OVERVIEW;
        List<String> dimensions = !slots.list(SlotNames.DIMENSIONS).isEmpty() ? slots.list(SlotNames.DIMENSIONS)
                : ctx.preferences().dimensions();
        boolean defaultedTime = slots.range(SlotNames.TIME_RANGE).isEmpty();
        DateRange range = slots.range(SlotNames.TIME_RANGE)
                .orElse(new DateRange(ctx.today().minusDays(7), ctx.today().minusDays(1)));
        Map<String, List<String>> filters = new LinkedHashMap<>();
        for (String f : FILTERS) if (slots.has(f)) filters.put(f, slots.list(f));
        ReportRequest request = new ReportRequest(metrics, dimensions, filters, range, slots.order(), slots.limit());

        Reports reports = new TurnReports(ctx.tools());
        List<JsonNode> derived = new ArrayList<>();
        ReportTable current;
        Optional<ReportTable> previous = Optional.empty();
        try {
            current = reports.query(ctx.principal(), request);
            if (slots.range(SlotNames.COMPARE_TO).isPresent()) {
                previous = Optional.of(reports.query(ctx.principal(), request.withRange(slots.range(SlotNames.COMPARE_TO).get())));
            }
        } catch (Reports.ReportFailure e) {
            return new StepOutcome.Failed(Answer.text(lang.pick("这次没能查到数据：", "I could not get the report: ")
                    + FailureWording.of(e.failure(), lang) + lang.pick("我没有编造任何数字。", " I have not made up any numbers.")),
                    e.code());
        }

        EntityCatalog catalog = catalogs.catalogFor(ctx.principal());
        String scope = scope(filters, catalog, lang);
        String period = Format.period(range, ctx.today(), lang);
        StringBuilder said = new StringBuilder();
        if (defaultedTime) {
            said.append(lang.pick("（未指定时间，默认看最近7天）", "(No period given, so the last 7 days.) "));
            derived.add(Json.MAPPER.valueToTree(Map.of("default_days", 7)));
        }
        if (current.isEmpty()) {
            said.append(lang.pick(scope + period + "没有投放数据。可能这段时间内计划暂停、尚未开始，或筛选条件下没有展示。",
                    scope + period + " has no delivery data. The campaigns may have been paused or not started, "
                            + "or nothing matched the filters."));
            return new StepOutcome.Answered(Answer.text(said.toString()), ctx.tools().results(), List.of());
        }

        Table table = table(current, dimensions, metrics, lang);
        JsonNode chart = null;
        if (previous.isPresent()) {
            ReportTable before = previous.get();
            String beforePeriod = Format.period(slots.range(SlotNames.COMPARE_TO).get(), ctx.today(), lang);
            said.append(lang.pick(scope + period + "对比" + beforePeriod + "：", scope + period + " vs " + beforePeriod + ": "));
            StringJoiner parts = new StringJoiner(lang.pick("；", "; "));
            for (String m : metrics) {
                BigDecimal now = current.totals().get(m);
                BigDecimal then = before.totals().get(m);
                String label = Metrics.of(m).label(lang);
                if (now == null || then == null || then.signum() == 0) {
                    parts.add(label + " " + Format.metric(m, then) + " → " + Format.metric(m, now));
                    continue;
                }
                BigDecimal change = now.subtract(then).multiply(BigDecimal.valueOf(100)).divide(then, 4, RoundingMode.HALF_UP);
                derived.add(Json.MAPPER.valueToTree(Map.of("change_percent", change)));
                parts.add(label + " " + Format.metric(m, then) + " → " + Format.metric(m, now) + "（" + Format.change(change) + "）");
            }
            said.append(parts).append(lang.pick("。", "."));
            chart = ChartSpecs.comparison(current.totals(), before.totals(), metrics, period, beforePeriod, lang);
        } else if (dimensions.isEmpty()) {
            said.append(lang.pick(scope + period + "：", scope + period + ": ")).append(totals(current, metrics, lang))
                    .append(lang.pick("。", "."));
        } else if (dimensions.get(0).equals("date")) {
            said.append(trend(current, metrics.get(0), scope, period, lang, derived));
            chart = ChartSpecs.trend(current, metrics, lang);
        } else {
            said.append(breakdown(current, dimensions.get(0), metrics, slots, scope, period, lang, derived));
            chart = ChartSpecs.breakdown(current, dimensions.get(0), slots.order().map(o -> o.metric()).orElse(metrics.get(0)), lang);
        }
        List<JsonNode> evidence = new ArrayList<>(ctx.tools().results());
        evidence.addAll(derived);
        return new StepOutcome.Answered(new Answer(said.toString(), table, chart, List.of()), evidence,
                ranked(current, dimensions, slots.order().map(o -> o.metric()).orElse(metrics.get(0))));
    }

    private static String totals(ReportTable table, List<String> metrics, Language lang) {
        StringJoiner parts = new StringJoiner(lang.pick("，", ", "));
        for (String m : metrics) parts.add(Metrics.of(m).label(lang) + " " + Format.metric(m, table.totals().get(m)));
        return parts.toString();
    }

    private static String trend(ReportTable table, String metric, String scope, String period, Language lang,
                                List<JsonNode> derived) {
        Map<String, Object> high = null;
        Map<String, Object> low = null;
        BigDecimal sum = BigDecimal.ZERO;
        int days = 0;
        for (Map<String, Object> row : table.rows()) {
            BigDecimal v = (BigDecimal) row.get(metric);
            if (v == null) continue;
            sum = sum.add(v);
            days++;
            if (high == null || v.compareTo((BigDecimal) high.get(metric)) > 0) high = row;
            if (low == null || v.compareTo((BigDecimal) low.get(metric)) < 0) low = row;
        }
        String label = Metrics.of(metric).label(lang);
        if (high == null) return scope + period + lang.pick("没有可用的" + label + "。", " has no " + label + ".");
        MetricDefinition m = Metrics.of(metric);
        String level;
        if (m.derived()) {
            level = lang.pick("整体", "overall ") + " " + Format.metric(metric, table.totals().get(metric));
        } else {
            BigDecimal average = sum.divide(BigDecimal.valueOf(days), 4, RoundingMode.HALF_UP);
            derived.add(Json.MAPPER.valueToTree(Map.of("daily_average", average)));
            level = lang.pick("日均", "a daily average of ") + " " + Format.metric(metric, average);
        }
        return lang.pick(scope + period + "每天的" + label + "：" + level + "，最高在 " + high.get("date") + "（"
                        + Format.metric(metric, (BigDecimal) high.get(metric)) + "），最低在 " + low.get("date") + "（"
                        + Format.metric(metric, (BigDecimal) low.get(metric)) + "）。",
                scope + period + ", daily " + label + ": " + level.trim() + "; highest on " + high.get("date") + " ("
                        + Format.metric(metric, (BigDecimal) high.get(metric)) + "), lowest on " + low.get("date") + " ("
                        + Format.metric(metric, (BigDecimal) low.get(metric)) + ").");
    }

    private static String breakdown(ReportTable table, String dimension, List<String> metrics, Slots slots,
                                    String scope, String period, Language lang, List<JsonNode> derived) {
        String metric = slots.order().map(o -> o.metric()).orElse(metrics.get(0));
        String label = Metrics.of(metric).label(lang);
        String by = Dimensions.label(dimension, lang);
        boolean ascending = slots.order().map(o -> o.direction().equals("asc")).orElse(false);
        StringJoiner top = new StringJoiner(lang.pick("、", ", "));
        int shown = Math.min(table.rows().size(), slots.limit().orElse(3));
        derived.add(Json.MAPPER.valueToTree(Map.of("shown", shown)));
        for (int i = 0; i < shown; i++) {
            Map<String, Object> row = table.rows().get(i);
            top.add(Dimensions.shown(dimension, row, lang) + "（" + Format.metric(metric, (BigDecimal) row.get(metric)) + "）");
        }
        String head = slots.limit().isPresent()
                ? lang.pick((ascending ? "最低" : "最高") + "的 " + shown + " 个" + by + "：",
                (ascending ? "lowest " : "highest ") + shown + " by " + label + ": ")
                : lang.pick("按" + by + "看" + label + "，" + (ascending ? "从低到高" : "从高到低") + "依次是：",
                label + " by " + by + ", " + (ascending ? "lowest" : "highest") + " first: ");
        String total = lang.pick("合计 ", "total ") + totals(table, metrics, lang);
        return lang.pick(scope + period + head + top + "。" + total + "。", scope + period + ", " + head + top + ". "
                + Character.toUpperCase(total.charAt(0)) + total.substring(1) + ".");
    }

    private static Table table(ReportTable report, List<String> dimensions, List<String> metrics, Language lang) {
        List<Table.Column> columns = new ArrayList<>();
        for (String d : dimensions) columns.add(new Table.Column(d, Dimensions.label(d, lang)));
        for (String m : metrics) {
            columns.add(new Table.Column(m, Metrics.of(m).label(lang), Metrics.of(m).unit().name().toLowerCase()));
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        if (dimensions.isEmpty()) {
            rows.add(new LinkedHashMap<>(report.totals()));
        } else {
            for (Map<String, Object> r : report.rows()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (String d : dimensions) row.put(d, Dimensions.shown(d, r, lang));
                for (String m : metrics) row.put(m, r.get(m));
                rows.add(row);
            }
        }
        return new Table(columns, rows);
    }

    /** Entities of a breakdown, best first by the metric (lower first for costs). */
    private static List<StepOutcome.RankedEntity> ranked(ReportTable table, List<String> dimensions, String metric) {
        if (dimensions.isEmpty() || !Dimensions.isEntity(dimensions.get(0))) return List.of();
        String kind = dimensions.get(0);
        boolean lowerIsBetter = Metrics.of(metric).lowerIsBetter();
        List<StepOutcome.RankedEntity> out = new ArrayList<>();
        for (Map<String, Object> row : table.rows()) {
            if (!(row.get(metric) instanceof BigDecimal v)) continue;
            out.add(new StepOutcome.RankedEntity(String.valueOf(row.get(kind)), String.valueOf(row.get(kind + "_name")),
                    kind, v.doubleValue(), metric));
        }
        out.sort((a, b) -> lowerIsBetter ? Double.compare(a.value(), b.value()) : Double.compare(b.value(), a.value()));
        return out;
    }

    /** "双十一大促-拉新 · 广东 · 安卓 " — the filters as said, or nothing for the whole account. */
    static String scope(Map<String, List<String>> filters, EntityCatalog catalog, Language lang) {
        StringJoiner parts = new StringJoiner(" · ");
        Map<String, Entity> byId = catalog.byIdMap();
        filters.forEach((kind, values) -> {
            for (String v : values) {
                if (Dimensions.isEntity(kind)) {
                    Entity e = byId.get(v);
                    parts.add(e == null ? v : e.name());
                } else {
                    parts.add(Dimensions.shown(kind, Map.of(kind, v), lang));
                }
            }
        });
        return parts.length() == 0 ? "" : parts + " ";
    }

    static ArrayNode ids(List<String> values) {
        ArrayNode array = Json.MAPPER.createArrayNode();
        values.forEach(array::add);
        return array;
    }
}
