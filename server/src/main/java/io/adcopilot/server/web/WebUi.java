package io.adcopilot.server.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;

/**
 * The web UI: the advertisers' chat page at {@code /}, the reviewers' console at {@code /console}, their scripts and
 * styles under {@code /ui/} (plain HTML, CSS and ES modules from {@code resources/web}, nothing to build), and ECharts
 * at {@link #ECHARTS_PATH}, straight from its webjar on the classpath.
 */
public final class WebUi {

    /** Where the pages import ECharts from (its ES module build). */
    public static final String ECHARTS_PATH = "/vendor/echarts.esm.min.js";
    private static final String ECHARTS_WEBJAR = "META-INF/maven/org.webjars.npm/echarts/pom.properties";

    private WebUi() {}

    public static void configure(JavalinConfig c) {
        c.staticFiles.add(files -> {
            files.hostedPath = "/ui";
            files.directory = "/web";
            files.location = Location.CLASSPATH;
            files.headers = Map.of("Cache-Control", "no-cache");
        });
        c.routes.get("/", ctx -> page(ctx, "web/index.html"));
        c.routes.get("/console", ctx -> page(ctx, "web/console.html"));
        c.routes.get(ECHARTS_PATH, ctx -> {
            ctx.header("Cache-Control", "public, max-age=86400");
            ctx.contentType("text/javascript; charset=utf-8").result(Echarts.BYTES);
        });
    }

    private static void page(Context ctx, String resource) {
        ctx.header("Cache-Control", "no-cache");
        ctx.contentType("text/html; charset=utf-8").result(read(resource));
    }

    private static byte[] read(String resource) {
        try (InputStream in = WebUi.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing from the classpath: " + resource);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** The ECharts ES module of the webjar on the classpath, whichever version that is, read on first use. */
    private static final class Echarts {
        static final byte[] BYTES = read("META-INF/resources/webjars/echarts/" + version() + "/dist/echarts.esm.min.js");

        private static String version() {
            Properties webjar = new Properties();
            try (InputStream in = WebUi.class.getClassLoader().getResourceAsStream(ECHARTS_WEBJAR)) {
                if (in == null) throw new IllegalStateException("the ECharts webjar is not on the classpath");
                webjar.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + ECHARTS_WEBJAR, e);
            }
            return webjar.getProperty("version");
        }
    }
}
