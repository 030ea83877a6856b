package io.adcopilot.agent.plugin.diagnosis;

/** What kind of answer a diagnosis came to. */
public enum Finding {
    /** One period (or both) had no delivery at all, so there is nothing to compare. */
    NO_DATA,
    /** Both periods had delivery, but the ratio has nothing to divide by in one of them (no conversions for CPA). */
    UNDEFINED,
    /** The metric barely moved (less than 1%). */
    FLAT,
    /** Most of the change comes from one segment, which moved clearly more than the rest. */
    CONCENTRATED,
    /** The change is broad: the largest driver moved, but so did everything else, in the same direction. */
    BROAD,
    /** The segments' own values hardly moved; the traffic shifted towards segments with different values. */
    MIX
}
