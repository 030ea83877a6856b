package io.adcopilot.agent.nlu.embedded;

import io.adcopilot.agent.nlu.entity.EntityCatalog;

/** Where an advertiser's entities come from (the platform, read through the gateway). */
@FunctionalInterface
public interface CatalogSource {
    EntityCatalog catalogFor(String advertiserId);
}
