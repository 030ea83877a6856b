package io.adcopilot.eval.online;

import java.time.Instant;

/**
 * A monitor's metric crossed its water level: the value, its 95% interval where it is a proportion of samples
 * (else NaN), over how many, when, and what became of the webhook delivery.
 */
public record Alert(String id, String monitorId, String monitorName, String metric, double value, double threshold,
                    double low, double high, long n, Instant at, String delivery) {}
