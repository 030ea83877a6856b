package io.adcopilot.agent.nlu.entity;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** An advertiser's entities, as the platform lists them. */
public record EntityCatalog(List<Entity> entities) {

    public static final EntityCatalog EMPTY = new EntityCatalog(List.of());

    public EntityCatalog {
        entities = List.copyOf(entities);
    }

    public Optional<Entity> byId(String id) {
        return entities.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    public Map<String, Entity> byIdMap() {
        return entities.stream().collect(Collectors.toMap(Entity::id, Function.identity()));
    }
}
