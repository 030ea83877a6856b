package io.adcopilot.eval.gate;

import io.adcopilot.eval.compare.Comparison;
import io.adcopilot.eval.stats.Interval;
import io.adcopilot.eval.stats.McNemar;
import io.adcopilot.eval.stats.Wilson;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The regression gate. A candidate fails when
 * <ul>
 *   <li>its overall intent accuracy is below the water level (when one is set);</li>
 *   <li>overall intent accuracy on the paired items drops by more than the tolerated drop and McNemar's test on
 *       all paired items is significant (p &lt; alpha);</li>
 *   <li>an intent's accuracy (its recall, on the paired items labelled with it) drops by more than the tolerated
 *       drop and the drop is significant — by McNemar's test on that intent's items, or because the candidate is
 *       significantly worse overall (few items per intent rarely reach significance alone);</li>
 *   <li>there are no paired items to judge.</li>
 * </ul>
 * A drop that chance explains passes, and the report says so with its p-value.
 */
public final class Gate {

    private Gate() {}

    public static GateVerdict evaluate(Comparison c, GatePolicy policy) {
        List<GateVerdict.Check> checks = new ArrayList<>();
        var pairing = c.pairing();
        checks.add(new GateVerdict.Check("paired items", pairing.paired() > 0, String.format(Locale.ROOT,
                "%d items in both runs (%d only in the baseline, %d only in the candidate, %d relabelled)",
                pairing.paired(), pairing.onlyInBaseline(), pairing.onlyInCandidate(), pairing.relabelled())));
        if (policy.minIntentAccuracy().isPresent()) {
            double min = policy.minIntentAccuracy().getAsDouble();
            var side = c.candidate();
            Interval ci = Wilson.interval95(side.intentsRight(), side.items());
            checks.add(new GateVerdict.Check("intent accuracy", side.intentAccuracy() >= min, String.format(Locale.ROOT,
                    "%.4f %s %.4f (%d of %d right; 95%% CI %.4f–%.4f)", side.intentAccuracy(),
                    side.intentAccuracy() >= min ? "≥" : "<", min, side.intentsRight(), side.items(), ci.low(), ci.high())));
        }
        McNemar overall = c.intentTest();
        boolean overallWorse = overall.b() > overall.c() && overall.pValue() < policy.alpha();
        var accuracy = c.overall().stream().filter(m -> m.metric().equals("intent_accuracy")).findFirst().orElseThrow();
        double overallDrop = accuracy.baseline() - accuracy.candidate();
        boolean overallFails = overallDrop > policy.maxIntentDrop() && overallWorse;
        checks.add(new GateVerdict.Check("overall accuracy change", !overallFails, String.format(Locale.ROOT,
                "%.4f → %.4f (%+.4f) on %d paired items; McNemar b=%d c=%d p=%.4f%s", accuracy.baseline(),
                accuracy.candidate(), 0.0 - overallDrop, pairing.paired(), overall.b(), overall.c(), overall.pValue(),
                reason(overallDrop, overall.pValue() < policy.alpha(), false, policy))));
        for (Comparison.IntentDelta d : c.intents()) {
            if (d.items() == 0) continue;
            boolean significant = d.test().pValue() < policy.alpha();
            boolean fails = d.drop() > policy.maxIntentDrop() && (significant || overallWorse);
            checks.add(new GateVerdict.Check("intent " + d.intent(), !fails, String.format(Locale.ROOT,
                    "%.4f → %.4f (%+.4f) on %d items; McNemar b=%d c=%d p=%.4f%s", d.baselineAccuracy(),
                    d.candidateAccuracy(), 0.0 - d.drop(), d.items(), d.test().b(), d.test().c(), d.test().pValue(),
                    reason(d.drop(), significant, overallWorse, policy))));
        }
        return new GateVerdict(checks.stream().allMatch(GateVerdict.Check::passed), checks);
    }

    private static String reason(double drop, boolean significant, boolean overallWorse, GatePolicy policy) {
        if (drop <= policy.maxIntentDrop()) {
            return String.format(Locale.ROOT, " — drop within %.4f", policy.maxIntentDrop());
        }
        if (significant) {
            return String.format(Locale.ROOT, " — drop above %.4f and significant (p < %.2f)", policy.maxIntentDrop(), policy.alpha());
        }
        if (overallWorse) {
            return String.format(Locale.ROOT, " — drop above %.4f while the candidate is significantly worse overall",
                    policy.maxIntentDrop());
        }
        return String.format(Locale.ROOT, " — drop above %.4f but not significant (p ≥ %.2f)", policy.maxIntentDrop(), policy.alpha());
    }
}
