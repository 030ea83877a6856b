package io.adcopilot.server;

import io.adcopilot.sandbox.Platform;
import io.adcopilot.sandbox.generate.ReportGenerator;
import io.javalin.Javalin;
import java.time.Duration;

/**
 * Everything on one port, wired top to bottom: the reference ad platform under {@code /platform/v1} and
 * {@code /healthz}.
 */
public final class AdCopilotServer implements AutoCloseable {

    private final Platform platform;
    private final Javalin app;

    private AdCopilotServer(Platform platform, Javalin app) {
        this.platform = platform;
        this.app = app;
    }

    public static AdCopilotServer start(ServerConfig config, ReportGenerator.Progress progress) {
        Platform platform = Platform.open(config.dataDir(), config.clock(), progress);
        try {
            platform.keepFresh(Duration.ofMinutes(5));
            Javalin app = Javalin.create(c -> {
                c.startup.showJavalinBanner = false;
                c.jetty.port = config.port();
                c.routes.get("/healthz", ctx -> ctx.contentType("application/json").result("{\"status\":\"ok\"}"));
                platform.addRoutes(c.routes);
            });
            app.start();
            return new AdCopilotServer(platform, app);
        } catch (RuntimeException e) {
            platform.close();
            throw e;
        }
    }

    public int port() {
        return app.port();
    }

    public Platform platform() {
        return platform;
    }

    @Override
    public void close() {
        app.stop();
        platform.close();
    }
}
