package io.adcopilot.sandbox.catalog;

import io.adcopilot.sandbox.PlatformTime;
import io.adcopilot.sandbox.generate.Seeds;
import io.adcopilot.sandbox.history.Change;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.SplittableRandom;

/**
 * Synthetic advertisers for larger platforms ({@code adv-90001}, …): each has six campaigns of two ad groups with two
 * creatives each, one campaign paused after a two-month flight, the rest active since the first day.
 */
public final class SyntheticSeed {

    private static final String[] INDUSTRIES = {"ecommerce", "gaming", "education"};
    private static final String[][] OBJECTIVES = {
            {"conversions", "conversions", "traffic", "awareness", "conversions", "traffic"},
            {"app_install", "app_install", "conversions", "awareness", "app_install", "conversions"},
            {"leads", "leads", "traffic", "awareness", "leads", "leads"}};
    private static final String[] THEMES = {"新客拉新", "老客复购", "品牌曝光", "直播引流", "节日大促", "搜索拦截",
            "相似人群", "兴趣定向", "高价值人群", "再营销"};

    private SyntheticSeed() {}

    public static PlatformSeed generate(int advertiserCount, LocalDate start, long seed) {
        var advertisers = new ArrayList<Advertiser>();
        var campaigns = new ArrayList<Campaign>();
        var adGroups = new ArrayList<AdGroup>();
        var creatives = new ArrayList<Creative>();
        var changes = new ArrayList<Change>();
        Instant begin = PlatformTime.startOf(start);
        for (int a = 1; a <= advertiserCount; a++) {
            String adv = "adv-" + (90000 + a);
            SplittableRandom r = Seeds.random(seed, adv);
            String industry = INDUSTRIES[(a - 1) % INDUSTRIES.length];
            advertisers.add(new Advertiser(adv, "合成广告主" + a, industry, "CNY", "Asia/Shanghai",
                    money(20_000 + r.nextDouble() * 480_000)));
            for (int c = 1; c <= 6; c++) {
                String campaignId = "c-" + (900000 + a * 10 + c);
                String objective = OBJECTIVES[(a - 1) % INDUSTRIES.length][c - 1];
                boolean paused = c == 6;
                var campaign = new Campaign(campaignId, adv, THEMES[r.nextInt(THEMES.length)] + "-" + c, objective,
                        paused ? "paused" : "active", BigDecimal.valueOf(1000L * (1 + r.nextInt(20))), 1);
                campaigns.add(campaign);
                changes.add(new Change(campaignId, Change.STATUS, "active", begin));
                if (paused) {
                    changes.add(new Change(campaignId, Change.STATUS, "paused", PlatformTime.startOf(start.plusDays(60))));
                }
                changes.add(new Change(campaignId, Change.DAILY_BUDGET, campaign.dailyBudget().toPlainString(), begin));
                for (int g = 1; g <= 2; g++) {
                    String groupId = "g-" + campaignId.substring(2) + g;
                    String bidType = switch (objective) {
                        case "traffic" -> "CPC";
                        case "awareness" -> "CPM";
                        default -> "oCPM";
                    };
                    BigDecimal bid = switch (bidType) {
                        case "CPC" -> money(0.5 + r.nextDouble() * 2.5);
                        case "CPM" -> money(10 + r.nextDouble() * 30);
                        default -> money(15 + r.nextDouble() * 120);
                    };
                    adGroups.add(new AdGroup(groupId, adv, campaignId, campaign.name() + "-人群" + g, bidType, bid,
                            "active", Targeting.EVERYONE, 1));
                    changes.add(new Change(groupId, Change.STATUS, "active", begin));
                    changes.add(new Change(groupId, Change.BID, bid.toPlainString(), begin));
                    for (int k = 1; k <= 2; k++) {
                        String creativeId = "cr-" + groupId.substring(2) + k;
                        creatives.add(new Creative(creativeId, adv, campaignId, groupId,
                                campaign.name() + "-人群" + g + "-创意" + k, k == 1 ? "image" : "video", "active",
                                "approved", 1));
                        changes.add(new Change(creativeId, Change.CREATED, "true", begin));
                        changes.add(new Change(creativeId, Change.STATUS, "active", begin));
                        changes.add(new Change(creativeId, Change.REVIEW_STATUS, "approved", begin));
                    }
                }
            }
        }
        return new PlatformSeed(new Catalog(advertisers, campaigns, adGroups, creatives), changes, start, seed);
    }

    private static BigDecimal money(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }

    /** Rows per day the synthetic part adds, at most: creatives × 480 audience cells. */
    public static long maxRowsPerDay(int advertiserCount) {
        return advertiserCount * 6L * 2 * 2 * 480;
    }
}
