package io.adcopilot.agent.plugin.diagnosis;

/** A pair of things, one for the comparison period (before) and one for the current period (after). */
public record Period<T>(T before, T after) {}
