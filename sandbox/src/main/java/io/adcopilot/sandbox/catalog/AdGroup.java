package io.adcopilot.sandbox.catalog;

import java.math.BigDecimal;

/** An ad group: who is targeted and how it bids ({@code bid_type} CPC, CPM or oCPM; {@code bid} in CNY). */
public record AdGroup(String id, String advertiserId, String campaignId, String name, String bidType, BigDecimal bid,
                      String status, Targeting targeting, long version) {}
