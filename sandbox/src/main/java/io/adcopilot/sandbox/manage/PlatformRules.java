package io.adcopilot.sandbox.manage;

import io.adcopilot.sandbox.PlatformException;
import java.math.BigDecimal;
import java.util.Map;

/** The platform's limits on budgets and bids. */
public final class PlatformRules {

    public static final BigDecimal MIN_BUDGET = new BigDecimal("100");
    public static final BigDecimal MAX_BUDGET = new BigDecimal("10000000");

    /** Allowed bids per bid type, in CNY: [min, max]. */
    public static final Map<String, BigDecimal[]> BID_BOUNDS = Map.of(
            "CPC", new BigDecimal[]{new BigDecimal("0.1"), new BigDecimal("100")},
            "CPM", new BigDecimal[]{new BigDecimal("1"), new BigDecimal("500")},
            "oCPM", new BigDecimal[]{new BigDecimal("1"), new BigDecimal("5000")});

    private PlatformRules() {}

    static void checkBudget(BigDecimal budget) {
        if (budget.compareTo(MIN_BUDGET) < 0 || budget.compareTo(MAX_BUDGET) > 0) {
            throw PlatformException.invalid("daily_budget", "daily_budget must be between 100 and 10,000,000 CNY; got "
                    + budget.toPlainString());
        }
        if (budget.scale() > 2 && budget.stripTrailingZeros().scale() > 2) {
            throw PlatformException.invalid("daily_budget", "daily_budget has at most two decimals (CNY cents); got "
                    + budget.toPlainString());
        }
    }

    static void checkBid(String bidType, BigDecimal bid) {
        BigDecimal[] bounds = BID_BOUNDS.get(bidType);
        if (bid.compareTo(bounds[0]) < 0 || bid.compareTo(bounds[1]) > 0) {
            throw PlatformException.invalid("bid", "a " + bidType + " bid must be between "
                    + bounds[0].toPlainString() + " and " + bounds[1].toPlainString() + " CNY; got "
                    + bid.toPlainString());
        }
        if (bid.stripTrailingZeros().scale() > 2) {
            throw PlatformException.invalid("bid", "bid has at most two decimals (CNY cents); got " + bid.toPlainString());
        }
    }
}
