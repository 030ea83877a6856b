package io.adcopilot.sandbox;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/** The platform's JSON: snake_case names, as in its OpenAPI document. */
public final class SandboxJson {
    public static final JsonMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .build();

    private SandboxJson() {}
}
