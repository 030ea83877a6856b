package io.adcopilot.sandbox.api;

import io.adcopilot.sandbox.catalog.AdGroup;
import io.adcopilot.sandbox.catalog.Advertiser;
import io.adcopilot.sandbox.catalog.Campaign;
import io.adcopilot.sandbox.catalog.Targeting;
import io.adcopilot.sandbox.manage.PlatformRules;
import java.math.BigDecimal;
import java.util.List;

/** The JSON shapes of the platform API (snake_case on the wire). */
final class Views {

    private Views() {}

    record Items<T>(List<T> items) {}

    record Account(String id, String name, String industry, String currency, String timezone, BigDecimal balance,
                   BigDecimal todaySpend) {
        static Account of(Advertiser a, BigDecimal todaySpend) {
            return new Account(a.id(), a.name(), a.industry(), a.currency(), a.timezone(), a.balance(), todaySpend);
        }
    }

    record CampaignView(String id, String advertiserId, String name, String objective, String status,
                        BigDecimal dailyBudget, BigDecimal todaySpend, long version) {
        static CampaignView of(Campaign c, BigDecimal todaySpend) {
            return new CampaignView(c.id(), c.advertiserId(), c.name(), c.objective(), c.status(), c.dailyBudget(),
                    todaySpend, c.version());
        }
    }

    record BidBounds(BigDecimal min, BigDecimal max) {}

    record AdGroupView(String id, String advertiserId, String campaignId, String name, String bidType, BigDecimal bid,
                       BidBounds bidBounds, String status, Targeting targeting, long version) {
        static AdGroupView of(AdGroup g) {
            BigDecimal[] bounds = PlatformRules.BID_BOUNDS.get(g.bidType());
            return new AdGroupView(g.id(), g.advertiserId(), g.campaignId(), g.name(), g.bidType(), g.bid(),
                    new BidBounds(bounds[0], bounds[1]), g.status(), g.targeting(), g.version());
        }
    }

    record Error(int status, String code, String message, String field) {}

    record ErrorBody(Error error) {}
}
