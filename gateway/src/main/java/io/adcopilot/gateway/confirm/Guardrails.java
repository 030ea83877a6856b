package io.adcopilot.gateway.confirm;

import io.adcopilot.core.tool.Preview;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Limits on how much one write may change a numeric field, in percent of its current value: above {@code warn} the
 * preview warns, above {@code acknowledge} the warning must be acknowledged when confirming, above {@code refuse}
 * the change is refused.
 */
public record Guardrails(Map<String, Rule> byField) {

    /** Thresholds in percent; {@code null} means none. */
    public record Rule(Double warn, Double acknowledge, Double refuse) {}

    /** Budget changes over 50% need acknowledging, over 500% are refused; bid changes over 30% warn. */
    public static Guardrails defaults() {
        return new Guardrails(Map.of(
                "daily_budget", new Rule(50.0, 50.0, 500.0),
                "bid", new Rule(30.0, null, null)));
    }

    /** What the guardrails say about a set of changes. */
    public record Verdict(List<Preview.Warning> warnings, boolean acknowledgementRequired, Optional<String> refusal) {}

    public Verdict judge(List<Preview.FieldChange> changes) {
        List<Preview.Warning> warnings = new ArrayList<>();
        boolean acknowledge = false;
        for (Preview.FieldChange change : changes) {
            Rule rule = byField.get(change.field());
            if (rule == null || change.changePercent() == null) continue;
            double size = Math.abs(change.changePercent());
            String said = String.format("%s changes by %+.0f%% (%s → %s)", change.field(), change.changePercent(),
                    change.current(), change.proposed());
            if (rule.refuse() != null && size > rule.refuse()) {
                return new Verdict(warnings, acknowledge, Optional.of(said + ", more than the " + rule.refuse().intValue()
                        + "% allowed in one change"));
            }
            if (rule.acknowledge() != null && size > rule.acknowledge()) {
                acknowledge = true;
                warnings.add(new Preview.Warning("large_change", said + "; over " + rule.acknowledge().intValue()
                        + "% must be acknowledged"));
            } else if (rule.warn() != null && size > rule.warn()) {
                warnings.add(new Preview.Warning("large_change", said + "; over " + rule.warn().intValue() + "%"));
            }
        }
        return new Verdict(warnings, acknowledge, Optional.empty());
    }
}
