package io.adcopilot.eval.experiment;

import io.adcopilot.eval.stats.Interval;
import java.util.Locale;

/** An experiment as a short text summary for a terminal: what ran, the spec's metrics, latency, throughput, usage. */
public final class ExperimentReport {

    private ExperimentReport() {}

    public static String summary(Experiment e) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "experiment %s \"%s\": engine %s on %s (%d items, sha256 %s), %d thread%s%n",
                e.id(), e.name(), e.engine(), e.dataset(), e.items().size(),
                e.dataset().hash().substring(0, Math.min(12, e.dataset().hash().length())), e.threads(),
                e.threads() == 1 ? "" : "s"));
        out.append(String.format(Locale.ROOT, "  %-18s %8s   %s%n", "metric", "value", "95% CI"));
        e.metrics().forEach((name, value) -> {
            String ci = name.equals("intent_accuracy") ? interval(e.intentAccuracyCi95())
                    : name.equals("frame_accuracy") ? interval(e.frameAccuracyCi95()) : "";
            out.append(String.format(Locale.ROOT, "  %-18s %8.4f   %s%n", name, value, ci).stripTrailing()).append('\n');
        });
        LatencySummary l = e.latency();
        out.append(String.format(Locale.ROOT, "  %-18s p50 %.2f  p90 %.2f  p99 %.2f  mean %.2f  max %.2f%n", "latency ms",
                l.p50(), l.p90(), l.p99(), l.mean(), l.max()));
        out.append(String.format(Locale.ROOT, "  %-18s %.1f items/s (%.2f s wall)%n", "throughput", e.throughput(),
                e.wallSeconds()));
        e.usage().ifPresent(u -> out.append(String.format(Locale.ROOT, "  %-18s %d calls, %d input + %d output tokens%s%n",
                "llm usage", u.calls(), u.inputTokens(), u.outputTokens(), e.cost().map(c -> String.format(Locale.ROOT,
                        "; cost %.4f %s", c, e.pricing().orElseThrow().currency())).orElse(""))));
        out.append(String.format(Locale.ROOT, "  %-18s %d of %d items (listed under \"errors\")%n", "not fully right",
                e.scores().errors().size(), e.items().size()));
        if (!e.engineErrors().isEmpty()) {
            out.append(String.format(Locale.ROOT, "  %-18s %d items, e.g. %s%n", "engine failed", e.engineErrors().size(),
                    e.engineErrors().get(0)));
        }
        return out.toString();
    }

    private static String interval(Interval i) {
        return String.format(Locale.ROOT, "%.4f–%.4f", i.low(), i.high());
    }
}
