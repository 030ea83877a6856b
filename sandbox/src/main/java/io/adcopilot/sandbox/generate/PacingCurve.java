package io.adcopilot.sandbox.generate;

/** How a day's delivery spreads over its hours: quiet at night, peaks at noon and in the evening. */
final class PacingCurve {

    private static final double[] HOURLY = {2.0, 1.2, 0.8, 0.6, 0.5, 0.6, 1.2, 2.5, 3.8, 4.6, 5.0, 5.2,
            5.6, 5.3, 5.0, 4.8, 4.8, 5.0, 5.4, 6.0, 6.6, 6.8, 5.9, 4.0};
    private static final double[] CUMULATIVE = new double[HOURLY.length + 1];

    static {
        double total = 0;
        for (double h : HOURLY) total += h;
        for (int i = 0; i < HOURLY.length; i++) CUMULATIVE[i + 1] = CUMULATIVE[i] + HOURLY[i] / total;
        CUMULATIVE[HOURLY.length] = 1.0;
    }

    private PacingCurve() {}

    /** Share of the day's delivery between two seconds of the day (0 … 86400). */
    static double shareBetween(long fromSecond, long toSecond) {
        return shareUntil(toSecond) - shareUntil(fromSecond);
    }

    static double shareUntil(long secondOfDay) {
        if (secondOfDay <= 0) return 0;
        if (secondOfDay >= 86_400) return 1;
        int hour = (int) (secondOfDay / 3600);
        double within = (secondOfDay % 3600) / 3600.0;
        return CUMULATIVE[hour] + within * (CUMULATIVE[hour + 1] - CUMULATIVE[hour]);
    }
}
