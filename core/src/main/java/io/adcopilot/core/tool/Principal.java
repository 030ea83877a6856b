package io.adcopilot.core.tool;

/** Who a tool call acts for: an advertiser, and the bearer token the platform knows them by. */
public record Principal(String advertiserId, String token) {

    @Override
    public String toString() {
        return "Principal[" + advertiserId + "]";
    }
}
