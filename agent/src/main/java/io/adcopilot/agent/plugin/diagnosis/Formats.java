package io.adcopilot.agent.plugin.diagnosis;

import io.adcopilot.agent.turn.Language;
import io.adcopilot.agent.nlu.slot.DateRange;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How numbers read in an explanation: money as CNY with two decimals, CTR and CVR as percentages (two decimals below
 * 10%, one above), ROI as a plain ratio, counts whole; changes signed, a fraction's change in percentage points.
 */
final class Formats {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM-dd");

    private Formats() {}

    static String value(Metric metric, double value, Language language) {
        if (Double.isNaN(value)) return language == Language.ZH ? "无法计算" : "n/a";
        return switch (metric.unit()) {
            case COUNT -> number("#,##0", value);
            case MONEY -> money(number("#,##0.00", value), language);
            case FRACTION -> percent(value);
            case RATIO -> number("#,##0.00", value);
        };
    }

    /** A change in the metric's unit, always signed: +5.20 元, +CNY 5.20, -0.9 个百分点, -0.9 pp. */
    static String delta(Metric metric, double delta, Language language) {
        String sign = delta < 0 ? "-" : "+";
        double size = Math.abs(delta);
        return switch (metric.unit()) {
            case COUNT -> sign + number("#,##0", size);
            case MONEY -> language == Language.ZH ? sign + number("#,##0.00", size) + " 元"
                    : sign + "CNY " + number("#,##0.00", size);
            case FRACTION -> sign + number("0.0#", size * 100) + (language == Language.ZH ? " 个百分点" : " pp");
            case RATIO -> sign + number("#,##0.00", size);
        };
    }

    /** A relative change, signed, one decimal (two below 1%): +18.1%, -0.03%. */
    static String relative(double relative) {
        double pct = Math.abs(relative) * 100;
        return (relative < 0 ? "-" : "+") + number(pct < 1 ? "0.0#" : "#,##0.0", pct) + "%";
    }

    /** A share of a change, whole percent: 96%. */
    static String roughShare(double share) {
        return number("#,##0", share * 100) + "%";
    }

    /** A share, one decimal: 40.0%. */
    static String share(double share) {
        return number("#,##0.0", share * 100) + "%";
    }

    /** A value as a chart plots it: money and ratios to the cent, fractions in percentage points. */
    static double plotted(Metric metric, double value) {
        double scaled = metric.unit() == Metric.Unit.FRACTION ? value * 100 : value;
        int decimals = metric.unit() == Metric.Unit.COUNT ? 0 : metric.unit() == Metric.Unit.FRACTION ? 3 : 2;
        return new java.math.BigDecimal(scaled).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
    }

    /** What the chart's value axis is in: 元, 个百分点, … */
    static String plottedUnit(Metric metric, Language language) {
        boolean zh = language == Language.ZH;
        return switch (metric.unit()) {
            case COUNT -> "";
            case MONEY -> zh ? "元" : "CNY";
            case FRACTION -> zh ? "个百分点" : "pp";
            case RATIO -> "";
        };
    }

    /** The request's current period: 11-13 至 11-19, or with years when the periods are in different years. */
    static String current(DiagnosisRequest request, Language language) {
        return range(request.current(), withYear(request), language);
    }

    static String comparison(DiagnosisRequest request, Language language) {
        return range(request.comparison(), withYear(request), language);
    }

    private static boolean withYear(DiagnosisRequest request) {
        return request.current().start().getYear() != request.comparison().end().getYear()
                || request.current().end().getYear() != request.comparison().start().getYear();
    }

    /** 11-13 至 11-19, 11-19; full dates when {@code withYear}. */
    private static String range(DateRange range, boolean withYear, Language language) {
        DateTimeFormatter f = withYear ? DateTimeFormatter.ISO_LOCAL_DATE : DAY;
        if (range.days() == 1) return f.format(range.start());
        return f.format(range.start()) + (language == Language.ZH ? " 至 " : " to ") + f.format(range.end());
    }

    private static String money(String amount, Language language) {
        return language == Language.ZH ? amount + " 元" : "CNY " + amount;
    }

    private static String percent(double fraction) {
        double pct = fraction * 100;
        return number(Math.abs(pct) < 10 ? "#,##0.0#" : "#,##0.0", pct) + "%";
    }

    private static String number(String pattern, double value) {
        DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(RoundingMode.HALF_UP);
        String out = format.format(value);
        return out.startsWith("-") && out.chars().noneMatch(c -> c >= '1' && c <= '9') ? out.substring(1) : out;
    }
}
