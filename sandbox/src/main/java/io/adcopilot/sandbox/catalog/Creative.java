package io.adcopilot.sandbox.catalog;

/** A creative: an image or video shown by an ad group, with its review status. */
public record Creative(String id, String advertiserId, String campaignId, String adGroupId, String name, String format,
                       String status, String reviewStatus, long version) {}
