package io.adcopilot.sandbox.generate;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Map;

/**
 * The calendar's effect on an industry: weekdays, Double 11 (with its pre-sale and hangover), 618, Double 12, the
 * Spring Festival and the summer holidays. Each factor multiplies demand, conversion rate, price or order value.
 */
final class Seasonality {

    private static final Map<String, double[]> WEEKDAY = Map.of(
            "ecommerce", new double[]{0.96, 0.95, 0.97, 1.00, 1.04, 1.12, 1.10},
            "gaming", new double[]{0.92, 0.92, 0.94, 0.97, 1.05, 1.18, 1.15},
            "education", new double[]{1.02, 1.02, 1.00, 1.00, 0.92, 1.06, 1.08});
    private static final Map<Integer, LocalDate> SPRING_FESTIVAL = Map.of(
            2025, LocalDate.of(2025, 1, 29), 2026, LocalDate.of(2026, 2, 17),
            2027, LocalDate.of(2027, 2, 6), 2028, LocalDate.of(2028, 1, 26));

    private Seasonality() {}

    /** Factors for one industry and day. */
    record Factors(double demand, double cvr, double price, double aov) {
        Factors times(double demand, double cvr, double price, double aov) {
            return new Factors(this.demand * demand, this.cvr * cvr, this.price * price, this.aov * aov);
        }
    }

    static Factors on(String industry, LocalDate date) {
        double weekday = WEEKDAY.getOrDefault(industry, WEEKDAY.get("ecommerce"))[date.getDayOfWeek().getValue() - 1];
        Factors f = new Factors(weekday, 1, 1, 1);
        MonthDay md = MonthDay.from(date);
        boolean ecommerce = industry.equals("ecommerce");
        if (within(md, 10, 20, 10, 31)) f = ecommerce ? f.times(1.25, 1.05, 1.1, 1) : f.times(1.05, 1, 1.05, 1);
        if (within(md, 11, 1, 11, 9)) f = ecommerce ? f.times(1.35, 1.15, 1.2, 1.05) : f.times(1.08, 1, 1.1, 1);
        if (within(md, 11, 10, 11, 10)) f = ecommerce ? f.times(1.7, 1.3, 1.3, 1.1) : f.times(1.1, 1, 1.15, 1);
        if (within(md, 11, 11, 11, 11)) f = ecommerce ? f.times(2.6, 1.8, 1.45, 1.25) : f.times(1.15, 1.05, 1.2, 1);
        if (within(md, 11, 12, 11, 15)) f = ecommerce ? f.times(0.85, 0.9, 1, 1) : f;
        if (within(md, 6, 1, 6, 17)) f = ecommerce ? f.times(1.2, 1.1, 1.1, 1) : f;
        if (within(md, 6, 18, 6, 18)) f = ecommerce ? f.times(2.0, 1.5, 1.3, 1.15) : f.times(1.1, 1, 1.1, 1);
        if (within(md, 12, 10, 12, 12)) f = ecommerce ? f.times(1.3, 1.15, 1.1, 1) : f;
        LocalDate festival = SPRING_FESTIVAL.get(date.getYear());
        if (festival != null && Math.abs(date.toEpochDay() - festival.toEpochDay()) <= 7) {
            f = switch (industry) {
                case "gaming" -> f.times(1.3, 1.2, 1.05, 1.1);
                case "education" -> f.times(0.7, 0.85, 0.95, 1);
                default -> f.times(0.6, 0.85, 0.9, 1);
            };
        }
        if (industry.equals("education") && within(md, 6, 15, 8, 31)) f = f.times(1.2, 1.1, 1.05, 1);
        if (industry.equals("education") && within(md, 8, 20, 9, 10)) f = f.times(1.15, 1.05, 1, 1);
        if (industry.equals("gaming") && within(md, 7, 1, 8, 31)) f = f.times(1.15, 1.05, 1, 1);
        return f;
    }

    private static boolean within(MonthDay md, int fromMonth, int fromDay, int toMonth, int toDay) {
        return !md.isBefore(MonthDay.of(fromMonth, fromDay)) && !md.isAfter(MonthDay.of(toMonth, toDay));
    }
}
