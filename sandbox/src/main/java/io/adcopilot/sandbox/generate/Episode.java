package io.adcopilot.sandbox.generate;

import java.time.LocalDate;

/**
 * A few days when one region and device of a campaign behaves differently (a competitor bids up, a landing page
 * breaks on Android, a creative wears out): the changes that diagnosis is meant to find.
 */
record Episode(String campaignId, LocalDate start, LocalDate end, String region, String device,
               double ctrMult, double cvrMult, double priceMult) {}
