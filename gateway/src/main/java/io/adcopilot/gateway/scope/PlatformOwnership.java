package io.adcopilot.gateway.scope;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.adcopilot.core.json.Json;
import io.adcopilot.core.tool.Principal;
import io.adcopilot.gateway.http.HttpConnector;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** A principal's entities, listed from the platform with their own token and kept for a minute. */
public final class PlatformOwnership implements EntityOwnership {

    private static final List<String> LISTS = List.of("/campaigns", "/ad-groups", "/creatives");
    private final HttpConnector connector;
    private final Cache<String, Set<String>> cache = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(1)).maximumSize(10_000).build();

    public PlatformOwnership(HttpConnector connector) {
        this.connector = connector;
    }

    @Override
    public Set<String> entitiesOf(Principal principal, boolean fresh) throws Exception {
        Set<String> cached = fresh ? null : cache.getIfPresent(principal.advertiserId());
        if (cached != null) return cached;
        Set<String> ids = new HashSet<>();
        for (String list : LISTS) {
            var response = connector.send(new HttpConnector.Request("GET", list, Map.of(), Map.of(), null,
                    principal.token()), true);
            if (response.status() != 200) {
                throw new IllegalStateException("listing " + list + " answered HTTP " + response.status());
            }
            for (JsonNode item : Json.MAPPER.readTree(response.body()).path("items")) ids.add(item.path("id").asString());
        }
        Set<String> own = Set.copyOf(ids);
        cache.put(principal.advertiserId(), own);
        return own;
    }
}
