package io.adcopilot.agent.nlu.embedded;

import io.adcopilot.agent.nlu.entity.Entity;
import io.adcopilot.agent.nlu.entity.EntityCatalog;
import io.adcopilot.core.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** The catalogs the built-in examples were written against ({@code /nlu/examples/catalogs.json}). */
public final class ExampleCatalogs {

    private static final Map<String, EntityCatalog> CATALOGS = load();

    private ExampleCatalogs() {}

    public static EntityCatalog of(String advertiserId) {
        return CATALOGS.getOrDefault(advertiserId, EntityCatalog.EMPTY);
    }

    private static Map<String, EntityCatalog> load() {
        try (InputStream in = ExampleCatalogs.class.getResourceAsStream("/nlu/examples/catalogs.json")) {
            Map<String, EntityCatalog> out = new HashMap<>();
            for (var advertiser : Json.MAPPER.readTree(in).path("advertisers").properties()) {
                List<Entity> entities = new ArrayList<>();
                for (JsonNode e : advertiser.getValue()) {
                    entities.add(new Entity(e.path("id").asString(), e.path("name").asString(), e.path("kind").asString()));
                }
                out.put(advertiser.getKey(), new EntityCatalog(entities));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
