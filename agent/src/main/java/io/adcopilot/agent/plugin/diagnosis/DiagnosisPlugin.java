package io.adcopilot.agent.plugin.diagnosis;

import io.adcopilot.agent.nlu.Frame;
import io.adcopilot.agent.nlu.embedded.BuiltInExamples;
import io.adcopilot.agent.nlu.slot.DateRange;
import io.adcopilot.agent.nlu.slot.SlotNames;
import io.adcopilot.agent.nlu.slot.Slots;
import io.adcopilot.agent.platform.Reports;
import io.adcopilot.agent.platform.TurnReports;
import io.adcopilot.agent.plugin.IntentSpec;
import io.adcopilot.agent.plugin.Plugin;
import io.adcopilot.agent.plugin.StepContext;
import io.adcopilot.agent.plugin.StepOutcome;
import io.adcopilot.agent.reflect.FailureWording;
import io.adcopilot.agent.semantic.Metrics;
import io.adcopilot.agent.turn.Answer;
import io.adcopilot.agent.turn.Language;
import io.adcopilot.agent.turn.Table;
import io.adcopilot.core.json.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * "Why did CPA go up last week?": the metric's change from the comparison period (by default the period of equal
 * length just before) to the period asked about (by default the last 7 days), decomposed by region, device, age,
 * gender, campaign, ad group and creative into contributions; the drivers ranked and said plainly, with a chart
 * and a table.
 */
public final class DiagnosisPlugin implements Plugin {

    static final String DEFAULT_METRIC = "cpa";
    private static final List<String> FILTERS = List.of(SlotNames.CAMPAIGN, SlotNames.AD_GROUP, SlotNames.CREATIVE,
            SlotNames.REGION, SlotNames.DEVICE);

    @Override
    public String name() {
        return "diagnosis";
    }

    @Override
    public List<IntentSpec> intents() {
        return List.of(new IntentSpec("diagnose_change", "Why a metric went up or down, and what drove it.",
                BuiltInExamples.all().stream().filter(i -> i.intent().equals("diagnose_change")).toList(),
                SlotNames.of("diagnose_change")));
    }

    @Override
    public StepOutcome handle(Frame frame, String text, StepContext ctx) {
        Language lang = ctx.language();
        Slots slots = frame.slots();
        StringBuilder said = new StringBuilder();
        List<JsonNode> derived = new ArrayList<>();
        String metricKey = !slots.list(SlotNames.METRICS).isEmpty() ? slots.list(SlotNames.METRICS).get(0)
                : !ctx.preferences().metrics().isEmpty() ? ctx.preferences().metrics().get(0) : DEFAULT_METRIC;
        Metric metric = Metric.of(metricKey).orElse(Metric.CPA);
        if (slots.list(SlotNames.METRICS).isEmpty()) {
            said.append(lang.pick("（未指定指标，看" + Metrics.of(metric.key()).label(lang) + "）",
                    "(No metric named, so " + Metrics.of(metric.key()).label(lang) + ".) "));
        }
        DateRange current = slots.range(SlotNames.TIME_RANGE).orElse(null);
        if (current == null) {
            current = new DateRange(ctx.today().minusDays(7), ctx.today().minusDays(1));
            said.append(lang.pick("（未指定时间，看最近7天对比之前7天）", "(No period given, so the last 7 days against the 7 before.) "));
            derived.add(Json.MAPPER.valueToTree(Map.of("default_days", 7)));
        }
        DiagnosisRequest request = new DiagnosisRequest(metric, current,
                slots.range(SlotNames.COMPARE_TO).orElse(current.previous()), filters(slots));

        DiagnosisAnswer answer;
        try {
            answer = new Diagnosis(new TurnReports(ctx.tools())).answer(ctx.principal(), request, lang);
        } catch (Reports.ReportFailure e) {
            return new StepOutcome.Failed(Answer.text(lang.pick("这次没能取到分析需要的报表：", "I could not get the reports "
                    + "the analysis needs: ") + FailureWording.of(e.failure(), lang)
                    + lang.pick("我没有猜测任何结论。", " I have not guessed at an answer.")), e.code());
        }
        said.append(answer.text());
        List<JsonNode> evidence = new ArrayList<>(ctx.tools().results());
        evidence.addAll(derived);
        evidence.add(DerivedValues.of(answer.result(), answer.table()));
        boolean explained = answer.result().finding() != Finding.NO_DATA && answer.result().finding() != Finding.UNDEFINED;
        return new StepOutcome.Answered(new Answer(said.toString(), explained ? table(answer.table()) : null,
                explained ? answer.chart() : null, List.of()), evidence, List.of());
    }

    private static Map<String, List<String>> filters(Slots slots) {
        Map<String, List<String>> filters = new LinkedHashMap<>();
        for (String f : FILTERS) if (slots.has(f)) filters.put(f, slots.list(f));
        return filters;
    }

    private static Table table(DriverTable drivers) {
        List<Table.Column> columns = new ArrayList<>();
        for (int i = 0; i < drivers.columns().size(); i++) columns.add(new Table.Column("c" + i, drivers.columns().get(i)));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (List<String> cells : drivers.rows()) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (int i = 0; i < cells.size(); i++) row.put("c" + i, cells.get(i));
            rows.add(row);
        }
        return new Table(columns, rows);
    }
}
