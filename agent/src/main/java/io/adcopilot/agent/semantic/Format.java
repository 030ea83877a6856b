package io.adcopilot.agent.semantic;

import io.adcopilot.agent.nlu.slot.DateRange;
import io.adcopilot.agent.turn.Language;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.Locale;

/** Numbers and periods written the way the answers write them. */
public final class Format {

    private Format() {}

    public static String metric(String key, BigDecimal value) {
        if (value == null) return "—";
        MetricDefinition m = Metrics.of(key);
        return switch (m.unit()) {
            case MONEY -> "¥" + grouped(value.setScale(2, RoundingMode.HALF_UP), "#,##0.00");
            case COUNT -> grouped(value.setScale(0, RoundingMode.HALF_UP), "#,##0");
            case PERCENT -> percent(value);
            case RATIO -> value.setScale(2, RoundingMode.HALF_UP).toPlainString();
        };
    }

    /** A fraction as a percentage with two decimals: 0.014828 → 1.48%. */
    public static String percent(BigDecimal fraction) {
        return fraction.movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    /** A relative change with its sign and one decimal: +18.1%. */
    public static String change(BigDecimal percent) {
        String s = percent.setScale(1, RoundingMode.HALF_UP).toPlainString();
        return (percent.signum() > 0 ? "+" : "") + s + "%";
    }

    public static String period(DateRange range, LocalDate today, Language language) {
        if (range.start().equals(range.end())) {
            LocalDate d = range.start();
            String relative = d.equals(today) ? language.pick("今天", "today")
                    : d.equals(today.minusDays(1)) ? language.pick("昨天", "yesterday")
                    : d.equals(today.minusDays(2)) ? language.pick("前天", "the day before yesterday") : null;
            return relative == null ? d.toString() : relative + language.pick("（" + d + "）", " (" + d + ")");
        }
        return language.pick(range.start() + " 至 " + range.end(), range.start() + " to " + range.end());
    }

    private static String grouped(BigDecimal value, String pattern) {
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT)).format(value);
    }
}
