package io.adcopilot.gateway.http;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * How a tool's arguments become an HTTP request: the method and path template, where each argument goes, which
 * arguments form the JSON body, and which parameters carry the tenant (filled from the principal, never shown to
 * the model).
 */
public record HttpBinding(String method, String pathTemplate, List<Param> params, Body body,
                          List<Param> tenantParams) {

    public HttpBinding {
        params = List.copyOf(params);
        tenantParams = List.copyOf(tenantParams);
    }

    /** Where a parameter travels. */
    public enum Location { PATH, QUERY, HEADER }

    /** One parameter: the argument name the model uses, the wire name, and where it goes. */
    public record Param(String argument, String name, Location location, boolean required) {}

    /**
     * The JSON body: either the named top-level arguments gathered into one object ({@code flattened}), or one
     * argument holding the whole body.
     */
    public record Body(Set<String> flattened, Optional<String> wholeArgument) {

        public static Body none() {
            return new Body(Set.of(), Optional.empty());
        }

        public boolean present() {
            return !flattened.isEmpty() || wholeArgument.isPresent();
        }
    }
}
