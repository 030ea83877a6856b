package io.adcopilot.sandbox.catalog;

import java.math.BigDecimal;

/** An advertiser account on the platform. */
public record Advertiser(String id, String name, String industry, String currency, String timezone, BigDecimal balance) {}
