package io.adcopilot.gateway.support;

import io.adcopilot.core.tool.Principal;
import io.adcopilot.sandbox.Platform;
import io.adcopilot.sandbox.TestPlatforms;
import io.adcopilot.sandbox.generate.ReportGenerator;
import io.javalin.Javalin;
import java.net.URI;

/** The reference platform served over HTTP on a random port, for tests that call it as the copilot would. */
public final class RunningPlatform implements AutoCloseable {

    private final Platform platform;
    private final Javalin app;

    public RunningPlatform() {
        platform = Platform.open(TestPlatforms.demoDataDir(), TestPlatforms.CLOCK, ReportGenerator.Progress.SILENT);
        app = Javalin.create(c -> {
            c.startup.showJavalinBanner = false;
            c.jetty.port = 0;
            platform.addRoutes(c.routes);
        }).start();
    }

    public URI baseUrl() {
        return URI.create("http://localhost:" + app.port() + "/platform/v1");
    }

    public Principal principal(String advertiserId) {
        return new Principal(advertiserId, platform.tokens().issue(advertiserId));
    }

    @Override
    public void close() {
        app.stop();
        platform.close();
    }
}
