package io.adcopilot.eval.experiment;

/** What an LLM endpoint charges, per million input and output tokens, in a currency (e.g. CNY, USD). */
public record Pricing(double inputPerMillion, double outputPerMillion, String currency) {

    public Pricing {
        if (inputPerMillion < 0 || outputPerMillion < 0) throw new IllegalArgumentException("prices must be ≥ 0");
        if (currency == null || currency.isBlank()) throw new IllegalArgumentException("a price needs a currency");
    }

    public double cost(Usage usage) {
        return (usage.inputTokens() * inputPerMillion + usage.outputTokens() * outputPerMillion) / 1_000_000.0;
    }
}
