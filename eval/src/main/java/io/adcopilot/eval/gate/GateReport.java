package io.adcopilot.eval.gate;

import io.adcopilot.eval.compare.Comparison;
import java.util.Locale;

/** The gate's verdict as text a person reads in a CI log: what was compared, every check, the metrics, new intents. */
public final class GateReport {

    private GateReport() {}

    public static String text(Comparison c, GatePolicy policy, GateVerdict verdict) {
        StringBuilder out = new StringBuilder();
        out.append("eval gate: candidate ").append(describe(c.candidate())).append('\n')
                .append("      vs baseline  ").append(describe(c.baseline())).append('\n');
        out.append(String.format(Locale.ROOT, "policy: min intent accuracy %s, max intent drop %.4f, alpha %.2f%n",
                policy.minIntentAccuracy().isPresent() ? String.format(Locale.ROOT, "%.4f", policy.minIntentAccuracy().getAsDouble())
                        : "not set", policy.maxIntentDrop(), policy.alpha()));
        out.append("\nchecks\n");
        int width = verdict.checks().stream().mapToInt(ch -> ch.name().length()).max().orElse(0);
        for (GateVerdict.Check check : verdict.checks()) {
            out.append(String.format(Locale.ROOT, "  %s  %-" + width + "s  %s%n", check.passed() ? "PASS" : "FAIL",
                    check.name(), check.detail()));
        }
        out.append(String.format(Locale.ROOT, "%nmetrics on the paired items   %10s %10s %10s%n", "baseline", "candidate", "delta"));
        for (Comparison.MetricDelta m : c.overall()) {
            out.append(String.format(Locale.ROOT, "  %-27s %10.4f %10.4f %+10.4f%n", m.metric(), m.baseline(),
                    m.candidate(), m.delta()));
        }
        if (!c.newIntents().isEmpty()) {
            out.append("\nnew intents (never predicted by the baseline)\n");
            for (Comparison.NewIntent n : c.newIntents()) {
                out.append(String.format(Locale.ROOT, "  %s: predicted for %d items; %d labelled %s, %d of them right%n",
                        n.intent(), n.predicted(), n.labelled(), n.intent(), n.labelledRight()));
                for (Comparison.NewIntent.Source s : n.sources()) {
                    out.append(String.format(Locale.ROOT, "    from %s: %d lost (right before%s), %d fixed, %d other%n",
                            s.baselineIntent(), s.lost(), s.lostItems().isEmpty() ? "" : ": " + String.join(", ",
                                    s.lostItems().subList(0, Math.min(10, s.lostItems().size())))
                                    + (s.lostItems().size() > 10 ? ", …" : ""), s.fixed(), s.other()));
                }
            }
        }
        out.append(verdict.passed() ? "\nresult: PASS — all " + verdict.checks().size() + " checks hold\n"
                : "\nresult: FAIL — " + verdict.failures() + " of " + verdict.checks().size() + " checks failed\n");
        return out.toString();
    }

    private static String describe(Comparison.Side s) {
        return String.format(Locale.ROOT, "\"%s\" (%s, engine %s, dataset %s, %d items, intent accuracy %.4f)",
                s.name(), s.id(), s.engine(), s.dataset(), s.items(), s.intentAccuracy());
    }
}
