package io.adcopilot.sandbox.generate;

import io.adcopilot.sandbox.catalog.Dimensions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Who sees an industry's ads: marginal shares of regions, devices, genders and ages, and how each converts. */
final class AudienceMix {

    static final List<String> INDUSTRIES = List.of("ecommerce", "gaming", "education");

    private static final double[] REGION_SHARE = {0.07, 0.07, 0.14, 0.08, 0.09, 0.07, 0.05, 0.08,
            0.07, 0.05, 0.05, 0.04, 0.03, 0.03, 0.04, 0.04};
    private static final List<String> TIER_ONE = List.of("北京", "上海", "广东", "浙江", "江苏");

    private static final Map<String, double[]> DEVICE_SHARE = Map.of(
            "ecommerce", new double[]{0.42, 0.50, 0.08},
            "gaming", new double[]{0.35, 0.62, 0.03},
            "education", new double[]{0.38, 0.47, 0.15});
    private static final Map<String, double[]> GENDER_SHARE = Map.of(
            "ecommerce", new double[]{0.32, 0.68},
            "gaming", new double[]{0.72, 0.28},
            "education", new double[]{0.40, 0.60});
    private static final Map<String, double[]> AGE_SHARE = Map.of(
            "ecommerce", new double[]{0.18, 0.34, 0.28, 0.13, 0.07},
            "gaming", new double[]{0.32, 0.36, 0.20, 0.08, 0.04},
            "education", new double[]{0.08, 0.25, 0.45, 0.17, 0.05});

    private static final double[] DEVICE_CTR = {1.05, 1.0, 0.7};
    private static final double[] DEVICE_CVR = {1.15, 0.95, 0.8};
    private static final double[] DEVICE_PRICE = {1.2, 0.95, 0.8};
    private static final double[] DEVICE_AOV = {1.15, 0.95, 1.05};
    private static final double[] AGE_CTR = {1.15, 1.05, 1.0, 0.9, 0.8};
    private static final double[] AGE_CVR = {0.8, 1.1, 1.15, 1.0, 0.7};

    private AudienceMix() {}

    /** The 480 cells of every industry, each cell's weight the product of its marginal shares. */
    static List<Segment> segments() {
        List<Segment> out = new ArrayList<>();
        int key = 0;
        for (String industry : INDUSTRIES) {
            for (int r = 0; r < Dimensions.REGIONS.size(); r++) {
                String region = Dimensions.REGIONS.get(r);
                boolean tierOne = TIER_ONE.contains(region);
                for (int d = 0; d < Dimensions.DEVICES.size(); d++) {
                    for (int g = 0; g < Dimensions.GENDERS.size(); g++) {
                        for (int a = 0; a < Dimensions.AGES.size(); a++) {
                            double weight = REGION_SHARE[r] * DEVICE_SHARE.get(industry)[d]
                                    * GENDER_SHARE.get(industry)[g] * AGE_SHARE.get(industry)[a];
                            double genderCvr = GENDER_SHARE.get(industry)[g] > 0.5 ? 1.1 : 0.92;
                            out.add(new Segment(key++, industry, region, Dimensions.DEVICES.get(d),
                                    Dimensions.GENDERS.get(g), Dimensions.AGES.get(a), weight,
                                    DEVICE_CTR[d] * AGE_CTR[a],
                                    DEVICE_CVR[d] * AGE_CVR[a] * genderCvr * (tierOne ? 1.1 : 0.95),
                                    DEVICE_PRICE[d] * (tierOne ? 1.15 : 0.95),
                                    DEVICE_AOV[d] * (tierOne ? 1.1 : 0.95)));
                        }
                    }
                }
            }
        }
        return out;
    }
}
