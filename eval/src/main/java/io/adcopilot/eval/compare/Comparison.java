package io.adcopilot.eval.compare;

import io.adcopilot.eval.experiment.DatasetRef;
import io.adcopilot.eval.nlu.NluScores;
import io.adcopilot.eval.stats.McNemar;
import java.util.List;

/**
 * Two experiments side by side, on the items both ran (paired by id) and judged by the candidate's labels: the
 * metrics of each and their change, McNemar's test on intent correctness overall and per gold intent, per-intent
 * and per-slot precision/recall/F1, and what the candidate's new intents (ones the baseline never predicted) took
 * from the intents that were there.
 */
public record Comparison(Side baseline, Side candidate, Pairing pairing, List<MetricDelta> overall,
                         McNemar intentTest, List<IntentDelta> intents, List<SlotDelta> slots,
                         List<NewIntent> newIntents) {

    public Comparison {
        overall = List.copyOf(overall);
        intents = List.copyOf(intents);
        slots = List.copyOf(slots);
        newIntents = List.copyOf(newIntents);
    }

    /** One experiment: its identity and its own intent accuracy over all its items. */
    public record Side(String id, String name, String engine, DatasetRef dataset, int items, int intentsRight,
                       double intentAccuracy) {}

    /**
     * How the items matched: in both, only in the baseline, only in the candidate, and how many of the paired
     * items carry a different label in the two runs (the candidate's label is used).
     */
    public record Pairing(int paired, int onlyInBaseline, int onlyInCandidate, int relabelled) {}

    /** A metric of both runs; {@code delta} is candidate − baseline. */
    public record MetricDelta(String metric, double baseline, double candidate) {
        public double delta() {
            return candidate - baseline;
        }
    }

    /**
     * One intent: on the paired items labelled with it, how many each run got right (its accuracy, i.e. recall)
     * and McNemar's test on those items; and each run's precision/recall/F1 for the intent on all paired items.
     */
    public record IntentDelta(String intent, int items, int baselineRight, int candidateRight, McNemar test,
                              NluScores.Prf baseline, NluScores.Prf candidate) {

        public double baselineAccuracy() {
            return items == 0 ? 0 : (double) baselineRight / items;
        }

        public double candidateAccuracy() {
            return items == 0 ? 0 : (double) candidateRight / items;
        }

        /** How much accuracy fell (negative when it rose). */
        public double drop() {
            return baselineAccuracy() - candidateAccuracy();
        }
    }

    /** One slot's precision/recall/F1 in each run. */
    public record SlotDelta(String slot, NluScores.Prf baseline, NluScores.Prf candidate) {
        public double f1Delta() {
            return candidate.f1() - baseline.f1();
        }
    }

    /**
     * An intent the candidate predicts that the baseline never did: on how many paired items, how many items are
     * labelled with it and how many of those it gets, and where its items came from.
     */
    public record NewIntent(String intent, int predicted, int labelled, int labelledRight, List<Source> sources) {

        public NewIntent {
            sources = List.copyOf(sources);
        }

        /**
         * The items now predicted as the new intent that the baseline predicted as {@code baselineIntent}:
         * {@code lost} were right before (that gold intent loses them: {@code lostItems} names them), {@code fixed}
         * are labelled with the new intent (the baseline's wrong guesses, now right), {@code other} neither.
         */
        public record Source(String baselineIntent, int lost, int fixed, int other, List<String> lostItems) {
            public Source {
                lostItems = List.copyOf(lostItems);
            }
        }
    }
}
