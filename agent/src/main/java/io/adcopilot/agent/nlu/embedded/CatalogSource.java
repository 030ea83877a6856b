package io.adcopilot.agent.nlu.embedded;

import io.adcopilot.agent.nlu.entity.EntityCatalog;
import io.adcopilot.core.tool.Principal;

/** Where a principal's entities come from (the platform, read through the gateway with their token). */
@FunctionalInterface
public interface CatalogSource {
    EntityCatalog catalogFor(Principal principal);
}
