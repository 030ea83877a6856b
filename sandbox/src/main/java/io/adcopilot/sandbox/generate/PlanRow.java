package io.adcopilot.sandbox.generate;

import io.adcopilot.sandbox.catalog.Targeting;
import java.time.LocalDate;

/**
 * What one creative is expected to deliver on one day, before it is spread over audience cells: expected
 * impressions over the cells its targeting allows ({@code norm} rescales their weights to sum to one), its rates,
 * its price, and the campaign budget that caps the day's cost.
 */
record PlanRow(LocalDate date, String advertiserId, String campaignId, String adGroupId, String creativeId,
               String industry, long key, double impressions, double norm, double ctr, double cvr, String priceKind,
               double price, double aov, long budgetCents, Targeting targeting) {}
