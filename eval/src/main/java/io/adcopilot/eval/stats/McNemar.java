package io.adcopilot.eval.stats;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

/**
 * The exact McNemar test on paired outcomes: of the items where two systems disagree, {@code b} were right only for
 * the first and {@code c} only for the second. Under the null hypothesis each discordant item falls either way with
 * probability ½, so the two-sided p-value is {@code min(1, 2·P(X ≤ min(b, c)))} for X ~ Binomial(b + c, ½).
 */
public record McNemar(int b, int c, double pValue) {

    /** Up to this many discordant pairs the binomial sum is computed in integers, so p = 1 comes out as 1. */
    static final int EXACT_UP_TO = 10_000;

    public static McNemar test(int b, int c) {
        return new McNemar(b, c, exactPValue(b, c));
    }

    /** The two-sided exact p-value; 1 when there are no discordant pairs. */
    public static double exactPValue(int b, int c) {
        if (b < 0 || c < 0) throw new IllegalArgumentException("discordant counts must be ≥ 0: b=" + b + ", c=" + c);
        int n = b + c;
        if (n == 0) return 1.0;
        int k = Math.min(b, c);
        return Math.min(1.0, n <= EXACT_UP_TO ? exactTwiceTail(n, k) : 2 * logSpaceTail(n, k));
    }

    /** 2·Σ_{i≤k} C(n, i) / 2^n, as Σ C(n, i) / 2^(n−1) in exact integers and one rounding division. */
    private static double exactTwiceTail(int n, int k) {
        BigInteger choose = BigInteger.ONE;
        BigInteger sum = BigInteger.ONE;
        for (int i = 1; i <= k; i++) {
            choose = choose.multiply(BigInteger.valueOf(n - i + 1)).divide(BigInteger.valueOf(i));
            sum = sum.add(choose);
        }
        return new BigDecimal(sum).divide(new BigDecimal(BigInteger.ONE.shiftLeft(n - 1)), MathContext.DECIMAL64)
                .doubleValue();
    }

    /** P(X ≤ k) summed in log space, for counts too large for integers to be cheap. */
    private static double logSpaceTail(int n, int k) {
        // log P(X = i) = log C(n, i) − n·log 2
        double[] logTerms = new double[k + 1];
        double logChoose = 0;
        for (int i = 0; i <= k; i++) {
            if (i > 0) logChoose += Math.log(n - i + 1) - Math.log(i);
            logTerms[i] = logChoose - n * Math.log(2);
        }
        double max = logTerms[k];
        for (double t : logTerms) max = Math.max(max, t);
        double sum = 0;
        for (double t : logTerms) sum += Math.exp(t - max);
        return Math.exp(max + Math.log(sum));
    }

    public int discordant() {
        return b + c;
    }
}
