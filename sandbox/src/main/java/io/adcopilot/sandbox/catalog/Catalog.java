package io.adcopilot.sandbox.catalog;

import java.util.List;

/** Every entity of a platform, as seeded. */
public record Catalog(List<Advertiser> advertisers, List<Campaign> campaigns, List<AdGroup> adGroups,
                      List<Creative> creatives) {

    public Catalog {
        advertisers = List.copyOf(advertisers);
        campaigns = List.copyOf(campaigns);
        adGroups = List.copyOf(adGroups);
        creatives = List.copyOf(creatives);
    }

    public Catalog plus(Catalog other) {
        return new Catalog(concat(advertisers, other.advertisers), concat(campaigns, other.campaigns),
                concat(adGroups, other.adGroups), concat(creatives, other.creatives));
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
