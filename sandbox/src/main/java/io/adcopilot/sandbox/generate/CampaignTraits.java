package io.adcopilot.sandbox.generate;

import java.util.SplittableRandom;

/**
 * A campaign's lasting character, drawn once from the seed: how much of its budget it tends to use, how it
 * performs against its objective's average, where auctions clear against its bids, and the phases of its slow drift.
 */
record CampaignTraits(double utilization, double ctrMult, double cvrMult, double aovMult, double clearing,
                      double demandPhase, double ctrPhase, double cvrPhase) {

    static CampaignTraits of(long seed, String campaignId) {
        SplittableRandom r = Seeds.random(seed, "traits", campaignId);
        return new CampaignTraits(0.62 + r.nextDouble() * 0.45, 0.8 + r.nextDouble() * 0.4,
                0.8 + r.nextDouble() * 0.4, 0.85 + r.nextDouble() * 0.3, 0.78 + r.nextDouble() * 0.17,
                r.nextDouble() * 2 * Math.PI, r.nextDouble() * 2 * Math.PI, r.nextDouble() * 2 * Math.PI);
    }

    /** A smooth multiplicative wander around 1, different for each phase. */
    static double drift(double phase, long dayIndex, double amplitude) {
        return Math.exp(amplitude * Math.sin(2 * Math.PI * dayIndex / 47.0 + phase)
                + amplitude / 2 * Math.sin(2 * Math.PI * dayIndex / 13.0 + 2 * phase));
    }
}
