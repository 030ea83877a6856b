package io.adcopilot.agent.platform;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.adcopilot.agent.nlu.embedded.CatalogSource;
import io.adcopilot.agent.nlu.entity.Entity;
import io.adcopilot.agent.nlu.entity.EntityCatalog;
import io.adcopilot.core.json.Json;
import io.adcopilot.core.tool.Principal;
import io.adcopilot.core.tool.ToolCall;
import io.adcopilot.core.tool.ToolResult;
import io.adcopilot.gateway.ToolGateway;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * An advertiser's entities, read through the gateway with the principal's own token (listCampaigns, listAdGroups,
 * listCreatives) and kept for a minute, so entity linking sees what the platform has now.
 */
public final class GatewayCatalogSource implements CatalogSource {

    private static final Map<String, String> LISTS = Map.of("listCampaigns", "campaign", "listAdGroups", "ad_group",
            "listCreatives", "creative");

    private final ToolGateway gateway;
    private final Cache<String, EntityCatalog> cache = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(1)).maximumSize(10_000).build();

    public GatewayCatalogSource(ToolGateway gateway) {
        this.gateway = gateway;
    }

    @Override
    public EntityCatalog catalogFor(Principal principal) {
        return cache.get(principal.advertiserId(), id -> load(principal));
    }

    /** Forgets an advertiser's catalog (after a change the copilot made). */
    public void forget(String advertiserId) {
        cache.invalidate(advertiserId);
    }

    private EntityCatalog load(Principal principal) {
        List<Entity> entities = new ArrayList<>();
        String trace = "catalog-" + UUID.randomUUID();
        for (var list : List.of("listCampaigns", "listAdGroups", "listCreatives")) {
            ToolResult result = gateway.call(ToolCall.of(list, Json.object(), principal, trace));
            if (!(result instanceof ToolResult.Success success)) {
                throw new IllegalStateException("cannot read the advertiser's entities: " + result);
            }
            for (JsonNode item : success.content().path("items")) {
                entities.add(new Entity(item.path("id").asString(), item.path("name").asString(), LISTS.get(list)));
            }
        }
        return new EntityCatalog(entities);
    }
}
