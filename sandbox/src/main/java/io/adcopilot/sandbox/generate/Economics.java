package io.adcopilot.sandbox.generate;

/**
 * What an ad group's delivery costs and yields on average: click-through and conversion rates set by its campaign's
 * objective, the price set by its bid type and bid, and the value of a conversion set by the industry.
 * {@code priceKind} is {@code cpc} (price per click) or {@code cpm} (price per thousand impressions).
 */
record Economics(double ctr, double cvr, String priceKind, double price, double aov) {

    static Economics of(String industry, String objective, String bidType, double bid, CampaignTraits traits,
                        double ctrFactor, double cvrFactor, double priceFactor) {
        double ctr = baseCtr(objective) * traits.ctrMult() * ctrFactor;
        double cvr = baseCvr(objective) * traits.cvrMult() * cvrFactor;
        double aov = orderValue(industry, objective) * traits.aovMult();
        return switch (bidType) {
            case "CPC" -> new Economics(ctr, cvr, "cpc", bid * traits.clearing() * priceFactor, aov);
            case "CPM" -> new Economics(ctr, cvr, "cpm", bid * traits.clearing() * priceFactor, aov);
            // oCPM bids a target cost per conversion and is charged per impression at the expected value.
            default -> new Economics(ctr, cvr, "cpm", bid * ctr * cvr * 1000 * traits.clearing(), aov);
        };
    }

    private static double baseCtr(String objective) {
        return switch (objective) {
            case "conversions" -> 0.016;
            case "app_install" -> 0.011;
            case "leads" -> 0.010;
            case "traffic" -> 0.028;
            default -> 0.007;
        };
    }

    private static double baseCvr(String objective) {
        return switch (objective) {
            case "conversions" -> 0.035;
            case "app_install" -> 0.09;
            case "leads" -> 0.05;
            case "traffic" -> 0.012;
            default -> 0.004;
        };
    }

    private static double orderValue(String industry, String objective) {
        return switch (industry) {
            case "gaming" -> objective.equals("app_install") ? 28 : 180;
            case "education" -> 320;
            default -> 150;
        };
    }
}
