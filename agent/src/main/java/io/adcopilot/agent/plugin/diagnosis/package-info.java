/**
 * Diagnosis: why a metric moved between two periods, in numbers and in plain words.
 *
 * <p>{@link io.adcopilot.agent.plugin.diagnosis.Diagnosis} asks the platform for base sums (impressions, clicks,
 * cost, conversions, revenue) grouped by the audience (region × device × gender × age, one query per period) and by
 * campaign, ad group and creative, computes every ratio from sums, and splits the change over the segments of each
 * dimension with {@link io.adcopilot.agent.plugin.diagnosis.ShiftShare} (segment deltas for sums; a midpoint
 * rate-and-mix shift-share for ratios, exact to rounding). It ranks the drivers, decides whether the change is
 * concentrated, broad or a shift of the traffic mix, and drills into the lead driver for the most specific segment.
 * {@link io.adcopilot.agent.plugin.diagnosis.Explainer} says it in Chinese or English, telling a segment's move by
 * the factor underneath it (CPA = CPC / CVR, ROI = AOV × CVR / CPC, ...);
 * {@link io.adcopilot.agent.plugin.diagnosis.DriverChart} and
 * {@link io.adcopilot.agent.plugin.diagnosis.DriverTable} show the top drivers.
 */
package io.adcopilot.agent.plugin.diagnosis;
