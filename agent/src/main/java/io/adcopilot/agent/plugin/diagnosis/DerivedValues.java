package io.adcopilot.agent.plugin.diagnosis;

import io.adcopilot.core.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

/**
 * The values a diagnosis computed from the report sums (each period's metric, the changes, every segment's values in
 * each period, over both and on average, contribution, share of the change and share of traffic, each breakdown's rate and mix
 * totals, and every base ratio that explains a move), as evidence
 * that the explanation's numbers come from this turn's reports.
 */
final class DerivedValues {

    private DerivedValues() {}

    static JsonNode of(DiagnosisResult result, DriverTable table) {
        List<Double> values = new ArrayList<>();
        Metric metric = result.metric();
        Period<BaseSums> totals = result.totals();
        values.addAll(List.of(result.before(), result.after(), (result.before() + result.after()) / 2, result.change(),
                result.relativeChange()));
        sums(totals.before(), values);
        sums(totals.after(), values);
        sums(totals.before().plus(totals.after()), values);
        Stream.of(result.breakdowns().stream(), result.drill().stream(), result.mix().stream()).flatMap(s -> s)
                .forEach(b -> values.addAll(List.of(b.rateTotal(), b.mixTotal(), b.contributionTotal(), b.residual(),
                        result.change() == 0 ? Double.NaN : b.mixTotal() / result.change(),
                        result.change() == 0 ? Double.NaN : b.rateTotal() / result.change())));
        Stream.of(result.drivers().stream(), result.breakdowns().stream().flatMap(b -> b.contributions().stream()),
                        result.lead().stream(), result.focus().stream(),
                        result.drill().stream().flatMap(b -> b.contributions().stream()),
                        result.mix().stream().flatMap(b -> b.contributions().stream()))
                .flatMap(s -> s)
                .forEach(c -> {
                    values.addAll(List.of(c.valueBefore(), c.valueAfter(), (c.valueBefore() + c.valueAfter()) / 2,
                            c.total(), c.rateEffect(), c.mixEffect(), c.relativeChange(), c.weight()));
                    if (result.change() != 0) values.add(c.total() / result.change());
                    metric.denominatorMetric().ifPresent(d -> {
                        values.add(share(c.before().get(d), totals.before().get(d)));
                        values.add(share(c.after().get(d), totals.after().get(d)));
                    });
                    sums(c.before(), values);
                    sums(c.after(), values);
                    sums(c.before().plus(c.after()), values);
                    Period<BaseSums> rest = result.rest(c);
                    sums(rest.before(), values);
                    sums(rest.after(), values);
                });
        ArrayNode out = Json.MAPPER.createArrayNode();
        values.stream().filter(Double::isFinite).forEach(out::add);
        table.rows().forEach(row -> row.forEach(out::add));
        return Json.MAPPER.valueToTree(Map.of("diagnosis_values", out));
    }

    /** Every metric of a set of sums, and the change of each between the two. */
    private static void sums(BaseSums sums, List<Double> values) {
        for (Metric m : Metric.values()) values.add(m.valueOf(sums));
    }

    private static double share(double part, double whole) {
        return whole == 0 ? Double.NaN : part / whole;
    }
}
