package io.adcopilot.agent.nlu.llm;

import io.adcopilot.agent.nlu.Frame;
import io.adcopilot.agent.nlu.entity.Entity;
import io.adcopilot.agent.nlu.entity.EntityCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Reads the ambiguities of a frame: each a mention, the entity slot it would fill, and the candidate ids, which must
 * be the advertiser's entities of that kind (their names come from the catalog).
 */
final class AmbiguityReader {

    private final EntityCatalog catalog;
    private final List<String> errors;

    AmbiguityReader(EntityCatalog catalog, List<String> errors) {
        this.catalog = catalog;
        this.errors = errors;
    }

    List<Frame.Ambiguity> read(JsonNode node, String path) {
        if (node == null || node.isNull()) return List.of();
        if (!node.isArray()) {
            errors.add(path + ": must be a list");
            return List.of();
        }
        List<Frame.Ambiguity> out = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            ambiguity(node.get(i), path + "[" + i + "]").ifPresent(out::add);
        }
        return out;
    }

    private Optional<Frame.Ambiguity> ambiguity(JsonNode node, String path) {
        String slot = text(node.path("slot"));
        if (!DomainVocabulary.ENTITY_KINDS.contains(slot)) {
            errors.add(path + ".slot: must be one of " + DomainVocabulary.ENTITY_KINDS);
            return Optional.empty();
        }
        if (!node.path("candidates").isArray()) {
            errors.add(path + ".candidates: must be a list of " + slot + " ids");
            return Optional.empty();
        }
        List<Frame.Candidate> candidates = new ArrayList<>();
        for (JsonNode id : node.get("candidates")) {
            Optional<Entity> entity = catalog.byId(text(id)).filter(e -> e.kind().equals(slot));
            if (entity.isEmpty()) {
                errors.add(path + ".candidates: '" + text(id) + "' is not the id of one of the advertiser's "
                        + slot + " entities");
                return Optional.empty();
            }
            candidates.add(new Frame.Candidate(entity.get().id(), entity.get().name()));
        }
        return Optional.of(new Frame.Ambiguity(text(node.path("mention")), slot, candidates));
    }

    private static String text(JsonNode node) {
        return node.isString() ? node.stringValue() : "";
    }
}
