package io.adcopilot.gateway.scope;

import io.adcopilot.core.tool.Principal;
import io.adcopilot.core.tool.ToolResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Refuses a call whose arguments name an entity that is not the principal's, before any request leaves. Every
 * string in the arguments that looks like an entity id ({@code c-…}, {@code g-…}, {@code cr-…}) is checked, so a
 * new tool is guarded without configuration.
 */
public final class TenantGuard {

    private static final Pattern ENTITY_ID = Pattern.compile("(c|g|cr)-[0-9]+");
    private final EntityOwnership ownership;

    public TenantGuard(EntityOwnership ownership) {
        this.ownership = ownership;
    }

    /** The refusal, if the arguments name someone else's entity. */
    public Optional<ToolResult.Failure> check(JsonNode arguments, Principal principal) throws Exception {
        List<String> named = new ArrayList<>();
        collect(arguments, named);
        if (named.isEmpty()) return Optional.empty();
        Set<String> own = ownership.entitiesOf(principal, false);
        if (own.containsAll(named)) return Optional.empty();
        own = ownership.entitiesOf(principal, true);
        for (String id : named) {
            if (!own.contains(id)) {
                return Optional.of(new ToolResult.Failure("forbidden_entity",
                        kind(id) + " " + id + " is not one of this advertiser's entities",
                        "Use only ids from this advertiser's own lists (listCampaigns, listAdGroups, listCreatives).",
                        null, null));
            }
        }
        return Optional.empty();
    }

    private static void collect(JsonNode node, List<String> out) {
        if (node == null) return;
        if (node.isString() && ENTITY_ID.matcher(node.asString()).matches()) out.add(node.asString());
        else if (node.isContainer()) node.forEach(child -> collect(child, out));
    }

    private static String kind(String id) {
        return id.startsWith("cr-") ? "creative" : id.startsWith("g-") ? "ad group" : "campaign";
    }
}
