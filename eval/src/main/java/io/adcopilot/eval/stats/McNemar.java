package io.adcopilot.eval.stats;

/**
 * The exact McNemar test on paired outcomes: of the items where two systems disagree, {@code b} were right only for
 * the first and {@code c} only for the second. Under the null hypothesis each discordant item falls either way with
 * probability ½, so the two-sided p-value is {@code min(1, 2·P(X ≤ min(b, c)))} for X ~ Binomial(b + c, ½).
 */
public record McNemar(int b, int c, double pValue) {

    public static McNemar test(int b, int c) {
        return new McNemar(b, c, exactPValue(b, c));
    }

    /** The two-sided exact p-value; 1 when there are no discordant pairs. */
    public static double exactPValue(int b, int c) {
        if (b < 0 || c < 0) throw new IllegalArgumentException("discordant counts must be ≥ 0: b=" + b + ", c=" + c);
        int n = b + c;
        if (n == 0) return 1.0;
        int k = Math.min(b, c);
        // log P(X = i) = log C(n, i) − n·log 2, summed in log space so that large n does not underflow
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
        double tail = Math.exp(max + Math.log(sum));
        return Math.min(1.0, 2 * tail);
    }

    public int discordant() {
        return b + c;
    }
}
