package io.adcopilot.agent.plugin.diagnosis;

import java.util.List;
import java.util.Map;

/** Diagnosis explanations in English. */
final class EnglishWording implements Wording {

    private static final Map<Metric, String[]> FACTOR_MEANING = Map.ofEntries(
            Map.entry(Metric.CPC, new String[]{"clicks got pricier", "clicks got cheaper"}),
            Map.entry(Metric.CPM, new String[]{"impressions got pricier", "impressions got cheaper"}),
            Map.entry(Metric.CTR, new String[]{"more viewers clicked", "fewer viewers clicked"}),
            Map.entry(Metric.CVR, new String[]{"conversions got more frequent", "conversions got rarer"}),
            Map.entry(Metric.AOV, new String[]{"orders got bigger", "orders got smaller"}));

    @Override
    public String intro(String current, String comparison) {
        return current + " vs " + comparison + ": ";
    }

    @Override
    public String headline(String metric, String before, String after, String change, boolean up) {
        return metric + (up ? " rose" : " fell") + " from " + before + " to " + after + " (" + change + ")";
    }

    @Override
    public String mainDriver(String segment, String reason, String contribution, Double share, Part offset) {
        String part = share == null ? "" : share > Explainer.OFFSET_ABOVE
                ? " (more than the whole change; other segments offset part of it"
                + (offset == null ? "" : ", mostly " + offset.label() + " (" + offset.contribution() + ")") + ")"
                : " (" + Formats.roughShare(Math.min(share, 1)) + " of the change)";
        return ", mainly because of " + segment + (reason == null ? "" : ": " + reason) + ", contributing "
                + contribution + part + ".";
    }

    @Override
    public String factor(Metric factor, Move move) {
        String[] meaning = FACTOR_MEANING.get(factor);
        return meaning == null ? verb(move) : meaning[move.up() ? 0 : 1] + " (" + verb(move) + ")";
    }

    @Override
    public String factors(List<String> factors) {
        return String.join(" and ", factors);
    }

    @Override
    public String moved(Move own, String factors) {
        if (own == null) return factors;
        return factors == null ? "its " + verb(own) : "its " + verb(own) + " as " + factors;
    }

    @Override
    public String shift(Shift s) {
        return "the share of " + s.weight() + " from " + s.segment() + (s.up() ? " rose" : " fell") + " from "
                + s.shareBefore() + " to " + s.shareAfter() + ", and its " + s.metric() + " (" + s.value() + ") is "
                + (s.above() ? "above" : "below") + " the overall " + s.overall();
    }

    @Override
    public String next(List<Part> parts) {
        List<String> named = parts.stream().map(p -> p.label() + " (" + p.contribution() + ")").toList();
        return (named.size() == 1 ? " Next comes " : " Next come ") + String.join(" and ", named) + ".";
    }

    @Override
    public String restAlso(String metric, String restChange, boolean up) {
        return " " + metric + " elsewhere also " + (up ? "rose " : "fell ") + restChange + ".";
    }

    @Override
    public String broad(Part top, String metric, String restChange, boolean up) {
        return ", a broad change rather than one segment's: " + top.label() + " contributed most ("
                + top.contribution() + ")"
                + (restChange == null ? "" : ", but " + metric + " elsewhere also " + (up ? "rose " : "fell ") + restChange)
                + ".";
    }

    @Override
    public String unattributed() {
        return ", and no segment can be singled out.";
    }

    @Override
    public String overall(String reason) {
        return " Overall, " + reason + ".";
    }

    @Override
    public String mix(String dimension, String metric, List<String> shifts, String contribution, Double share) {
        return ", yet no " + dimension + "'s own " + metric + " moved much: the traffic mix shifted. "
                + capitalized(String.join("; ", shifts)) + ". The shift accounts for " + contribution
                + (share == null ? "" : " (" + Formats.roughShare(Math.min(share, 1)) + " of the change)") + ".";
    }

    @Override
    public String flat(String metric, String before, String after, String change) {
        return metric + " was flat: " + before + " → " + after + " (" + change + ").";
    }

    @Override
    public String noDataEither(String current, String comparison, String metric) {
        return "There was no delivery in " + current + " nor in " + comparison + ", so " + metric
                + " cannot be compared.";
    }

    @Override
    public String noDataBefore(String comparison, String current, String metric, String after) {
        return "There was no delivery in the comparison period " + comparison + ", so there is nothing to compare; "
                + metric + " in " + current + " was " + after + ".";
    }

    @Override
    public String noDataAfter(String current, String comparison, String metric, String before) {
        return "There was no delivery in " + current + ", so there is nothing to compare; " + metric
                + " in the comparison period " + comparison + " was " + before + ".";
    }

    @Override
    public String undefinedBefore(String comparison, String denominator, String metric, String current,
                                  String after) {
        return "The comparison period " + comparison + " had no " + denominator + ", so its " + metric
                + " is undefined and cannot be compared; " + metric + " in " + current + " was " + after + ".";
    }

    @Override
    public String undefinedAfter(String current, String denominator, String metric, String comparison,
                                 String before) {
        return current + " had no " + denominator + ", so its " + metric + " is undefined and cannot be compared; "
                + metric + " in the comparison period " + comparison + " was " + before + ".";
    }

    @Override
    public String undefinedEither(String denominator, String metric) {
        return "Neither period had any " + denominator + ", so " + metric + " is undefined.";
    }

    @Override
    public String truncated() {
        return " (Some segments were cut at the report row limit; contributions may be incomplete.)";
    }

    @Override
    public String tidy(String text) {
        return text;
    }

    @Override
    public String overallLabel() {
        return "Overall";
    }

    @Override
    public List<String> tableColumns() {
        return List.of("Segment", "Before", "After", "Contribution");
    }

    @Override
    public String chartTitle(String metric) {
        return "What moved " + metric;
    }

    @Override
    public String chartSeries() {
        return "Contribution";
    }

    private static String verb(Move move) {
        return move.label() + (move.up() ? " rose" : " fell") + " from " + move.before() + " to " + move.after();
    }

    private static String capitalized(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
