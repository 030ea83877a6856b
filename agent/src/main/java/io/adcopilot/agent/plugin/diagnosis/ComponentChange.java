package io.adcopilot.agent.plugin.diagnosis;

/**
 * How one factor of a metric moved (CVR in CPA = CPC / CVR): its values before and after, and its effect, the
 * part of ln(metric after / metric before) it accounts for ({@code exponent} × ln(after / before)).
 */
public record ComponentChange(Metric component, int exponent, double before, double after, double effect) {}
