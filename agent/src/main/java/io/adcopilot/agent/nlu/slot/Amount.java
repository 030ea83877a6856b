package io.adcopilot.agent.nlu.slot;

import java.math.BigDecimal;

/**
 * A budget or bid change as said: set to a value, or increase / decrease by a value, in CNY or in percent. The
 * form of the {@code budget} and {@code bid} slots ({@code {"op": "set", "value": 5000, "unit": "CNY"}}).
 */
public record Amount(Op op, BigDecimal value, Unit unit) {

    public enum Op {
        SET, INCREASE, DECREASE;

        public String key() {
            return name().toLowerCase();
        }
    }

    public enum Unit {
        CNY("CNY"), PERCENT("percent");

        private final String key;

        Unit(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }
}
