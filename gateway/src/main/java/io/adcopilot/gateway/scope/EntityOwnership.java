package io.adcopilot.gateway.scope;

import io.adcopilot.core.tool.Principal;
import java.util.Set;

/** Which of the platform's entities a principal may name. */
@FunctionalInterface
public interface EntityOwnership {

    /** The ids of the principal's entities (campaigns, ad groups, creatives); {@code fresh} bypasses any cache. */
    Set<String> entitiesOf(Principal principal, boolean fresh) throws Exception;
}
