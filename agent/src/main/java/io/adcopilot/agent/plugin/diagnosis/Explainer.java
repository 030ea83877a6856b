package io.adcopilot.agent.plugin.diagnosis;

import io.adcopilot.agent.turn.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Says what a diagnosis found, in plain words: the metric before and after, then the segment behind the change
 * and why it moved (the factor that moved underneath, such as CVR for CPA), the next drivers, or that the change
 * was broad, a shift of the traffic mix, flat, or not comparable.
 */
public final class Explainer {

    /** Secondary drivers are named only when they carry at least this share of the change. */
    static final double NEXT_SHARE = 0.1;
    static final int MAX_NEXT = 2;
    static final int MAX_SHIFTS = 2;
    /** A driver carrying more than this share of the change is said to be offset by other segments. */
    static final double OFFSET_ABOVE = 1.05;

    private Explainer() {}

    public static String explain(DiagnosisResult result, Language language) {
        Wording w = wording(language);
        Metric metric = result.metric();
        String name = Labels.metric(metric, language);
        String current = Formats.current(result.request(), language);
        String comparison = Formats.comparison(result.request(), language);
        String before = Formats.value(metric, result.before(), language);
        String after = Formats.value(metric, result.after(), language);
        String text = switch (result.finding()) {
            case NO_DATA -> noData(result, w, current, comparison, name, before, after);
            case UNDEFINED -> undefined(result, w, current, comparison, name, before, after, language);
            case FLAT -> w.intro(current, comparison) + w.flat(name, before, after, change(result, language));
            case CONCENTRATED, BROAD, MIX -> w.intro(current, comparison)
                    + w.headline(name, before, after, change(result, language), result.change() > 0)
                    + body(result, w, language);
        };
        return w.tidy(result.truncated() ? text + w.truncated() : text);
    }

    static Wording wording(Language language) {
        return language == Language.ZH ? new ChineseWording() : new EnglishWording();
    }

    private static String body(DiagnosisResult r, Wording w, Language language) {
        return switch (r.finding()) {
            case MIX -> mix(r, w, language);
            case BROAD -> broad(r, w, language);
            default -> concentrated(r, w, language);
        };
    }

    /** The largest driver, that the rest moved the same way, and what moved underneath the whole. */
    private static String broad(DiagnosisResult r, Wording w, Language language) {
        Metric metric = r.metric();
        String overall = factors(metric, r.totals().before(), r.totals().after(), r.change(), w, language)
                .map(w::overall).orElse("");
        if (r.drivers().isEmpty()) return w.unattributed() + overall;
        Contribution top = r.drivers().get(0);
        Period<BaseSums> rest = r.rest(top);
        double restChange = Changes.relative(metric.valueOf(rest.before()), metric.valueOf(rest.after()));
        String restText = Double.isNaN(restChange) ? null : Formats.share(Math.abs(restChange));
        return w.broad(part(top, metric, language), Labels.metric(metric, language), restText, r.change() > 0)
                + overall;
    }

    /** The focus and why it moved, the next drivers, and whether the rest moved the same way too. */
    private static String concentrated(DiagnosisResult r, Wording w, Language language) {
        Metric metric = r.metric();
        String name = Labels.metric(metric, language);
        Contribution focus = r.focus().orElseThrow();
        String reason = reason(r, focus, w, language).orElse(null);
        String text = w.mainDriver(Labels.segment(focus.segment(), language), reason,
                Formats.delta(metric, focus.total(), language), share(focus.total(), r.change()),
                offset(r, language));
        List<Wording.Part> next = next(r, language);
        if (!next.isEmpty()) text += w.next(next);
        Period<BaseSums> rest = r.rest(focus);
        double restChange = Changes.relative(metric.valueOf(rest.before()), metric.valueOf(rest.after()));
        if (Changes.sameDirection(restChange, r.change()) && Math.abs(restChange) >= Diagnosis.FLAT_BELOW) {
            text += w.restAlso(name, Formats.share(Math.abs(restChange)), r.change() > 0);
        }
        return text;
    }

    /**
     * Why a segment moved: its weight (when that moved it more than its own value did), or its own value and the
     * factors underneath it.
     */
    private static Optional<String> reason(DiagnosisResult r, Contribution c, Wording w, Language language) {
        Metric metric = r.metric();
        if (metric.isRatio() && Math.abs(c.mixEffect()) > Math.abs(c.rateEffect())) {
            return Optional.of(w.shift(shift(r, c, language)));
        }
        String factors = factors(metric, c.before(), c.after(), c.valueAfter() - c.valueBefore(), w, language)
                .orElse(null);
        boolean defined = !Double.isNaN(c.valueBefore()) && !Double.isNaN(c.valueAfter());
        Wording.Move own = defined ? new Wording.Move(Labels.metric(metric, language),
                Formats.value(metric, c.valueBefore(), language), Formats.value(metric, c.valueAfter(), language),
                c.valueAfter() > c.valueBefore()) : null;
        return own == null && factors == null ? Optional.empty() : Optional.of(w.moved(own, factors));
    }

    /** The factors that moved a metric the way it went, told by what they mean. */
    private static Optional<String> factors(Metric metric, BaseSums before, BaseSums after, double direction,
                                            Wording w, Language language) {
        List<ComponentChange> factors = Components.drivers(metric, before, after, direction);
        if (factors.isEmpty()) return Optional.empty();
        return Optional.of(w.factors(factors.stream().map(f -> w.factor(f.component(), new Wording.Move(
                Labels.metric(f.component(), language), Formats.value(f.component(), f.before(), language),
                Formats.value(f.component(), f.after(), language), f.after() > f.before()))).toList()));
    }

    private static Wording.Shift shift(DiagnosisResult r, Contribution c, Language language) {
        Metric metric = r.metric();
        Metric weight = metric.denominatorMetric().orElseThrow();
        double shareBefore = metric.denominator(c.before()) / metric.denominator(r.totals().before());
        double shareAfter = metric.denominator(c.after()) / metric.denominator(r.totals().after());
        double value = midpoint(c.valueBefore(), c.valueAfter());
        double overall = midpoint(r.before(), r.after());
        return new Wording.Shift(Labels.segment(c.segment(), language), Labels.metric(weight, language),
                Formats.share(shareBefore), Formats.share(shareAfter), shareAfter > shareBefore,
                Labels.metric(metric, language), Formats.value(metric, value, language),
                Formats.value(metric, overall, language), value > overall);
    }

    private static String mix(DiagnosisResult r, Wording w, Language language) {
        Breakdown mix = r.mix().orElseThrow();
        List<String> shifts = mix.contributions().stream()
                .filter(c -> Changes.sameDirection(c.mixEffect(), r.change()))
                .sorted((a, b) -> Double.compare(Math.abs(b.mixEffect()), Math.abs(a.mixEffect())))
                .limit(MAX_SHIFTS)
                .map(c -> w.shift(shift(r, c, language)))
                .toList();
        return w.mix(Labels.dimension(mix.dimension(), language), Labels.metric(r.metric(), language), shifts,
                Formats.delta(r.metric(), mix.mixTotal(), language), share(mix.mixTotal(), r.change()));
    }

    /** The next drivers in the lead's own dimension (disjoint from it, so their parts add up). */
    private static List<Wording.Part> next(DiagnosisResult r, Language language) {
        Contribution top = r.lead().orElseThrow();
        String dimension = top.segment().facets().get(0).dimension();
        List<Wording.Part> out = new ArrayList<>();
        for (Contribution c : r.drivers()) {
            if (out.size() == MAX_NEXT) break;
            boolean sameDimension = c.segment().facets().size() == 1 && c.segment().value(dimension).isPresent();
            if (!sameDimension || c.segment().equals(top.segment())) continue;
            if (Math.abs(c.total()) < NEXT_SHARE * Math.abs(r.change())) break;
            out.add(part(c, r.metric(), language));
        }
        return out;
    }

    /** The segment of the lead's dimension that pulled the other way most, if any. */
    private static Wording.Part offset(DiagnosisResult r, Language language) {
        String dimension = r.lead().orElseThrow().segment().facets().get(0).dimension();
        return r.breakdowns().stream().filter(b -> b.dimensions().equals(List.of(dimension)))
                .flatMap(b -> b.contributions().stream())
                .filter(c -> Changes.sameDirection(c.total(), -r.change()))
                .findFirst()
                .map(c -> part(c, r.metric(), language))
                .orElse(null);
    }

    private static Wording.Part part(Contribution c, Metric metric, Language language) {
        return new Wording.Part(Labels.segment(c.segment(), language), Formats.delta(metric, c.total(), language));
    }

    private static String change(DiagnosisResult r, Language language) {
        double relative = r.relativeChange();
        return Double.isNaN(relative) ? Formats.delta(r.metric(), r.change(), language) : Formats.relative(relative);
    }

    /** The mean of the two periods' values, or the one that is defined. */
    private static double midpoint(double before, double after) {
        if (Double.isNaN(before)) return after;
        if (Double.isNaN(after)) return before;
        return (before + after) / 2;
    }

    private static Double share(double part, double whole) {
        return whole == 0 ? null : part / whole;
    }

    private static String noData(DiagnosisResult r, Wording w, String current, String comparison, String name,
                                 String before, String after) {
        boolean noneBefore = r.totals().before().isEmpty();
        boolean noneAfter = r.totals().after().isEmpty();
        if (noneBefore && noneAfter) return w.noDataEither(current, comparison, name);
        return noneBefore ? w.noDataBefore(comparison, current, name, after)
                : w.noDataAfter(current, comparison, name, before);
    }

    private static String undefined(DiagnosisResult r, Wording w, String current, String comparison, String name,
                                    String before, String after, Language language) {
        String denominator = Labels.metric(r.metric().denominatorMetric().orElseThrow(), language);
        boolean noneBefore = Double.isNaN(r.before());
        boolean noneAfter = Double.isNaN(r.after());
        if (noneBefore && noneAfter) return w.undefinedEither(denominator, name);
        return noneBefore ? w.undefinedBefore(comparison, denominator, name, current, after)
                : w.undefinedAfter(current, denominator, name, comparison, before);
    }
}
