package io.adcopilot.sandbox.generate;

/**
 * One audience cell (region × device × gender × age) of an industry: its share of impressions and how it
 * shifts click-through, conversion, price and order value against the average.
 */
public record Segment(int key, String industry, String region, String device, String gender, String age,
                      double weight, double ctrMult, double cvrMult, double priceMult, double aovMult) {}
