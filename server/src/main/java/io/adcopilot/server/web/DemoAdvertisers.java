package io.adcopilot.server.web;

import io.adcopilot.sandbox.Platform;
import io.adcopilot.sandbox.catalog.Advertiser;
import io.javalin.config.RoutesConfig;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/demo/advertisers}: the demo advertisers with a bearer token each, so that the chat page can sign
 * in with one click. This hands tokens to anyone who asks, as {@code adcopilot serve} already prints them: it is
 * for the demo sandbox only, and a deployment against a real platform must not serve it.
 */
public final class DemoAdvertisers {

    private final Platform platform;

    public DemoAdvertisers(Platform platform) {
        this.platform = platform;
    }

    public void addTo(RoutesConfig routes) {
        routes.get("/api/demo/advertisers", ctx -> ctx.json(Map.of("demo", true, "items", items())));
    }

    private List<Map<String, Object>> items() {
        return platform.advertisers().stream()
                .filter(a -> !a.id().startsWith("adv-9")) // the synthetic ones of `sandbox generate`
                .map(this::item)
                .toList();
    }

    private Map<String, Object> item(Advertiser a) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", a.id());
        out.put("name", a.name());
        out.put("industry", a.industry());
        out.put("token", platform.tokens().issue(a.id()));
        return out;
    }
}
