package io.adcopilot.agent.semantic;

/**
 * A metric of the semantic layer: its key, labels, how to write it (money in CNY, a count, a percentage of a
 * fraction, a ratio), whether lower is better, and — for derived metrics — the sums it divides.
 */
public record MetricDefinition(String key, String labelZh, String labelEn, Unit unit, boolean lowerIsBetter,
                               String numerator, String denominator, double scale) {

    /** How a value is written. */
    public enum Unit { MONEY, COUNT, PERCENT, RATIO }

    public boolean derived() {
        return numerator != null;
    }

    public String label(io.adcopilot.agent.turn.Language language) {
        return language.pick(labelZh, labelEn);
    }
}
