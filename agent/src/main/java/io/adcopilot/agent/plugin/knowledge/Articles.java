package io.adcopilot.agent.plugin.knowledge;

import io.adcopilot.core.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** The help-center articles shipped on the classpath under {@code knowledge/}, in the order index.json lists them. */
public final class Articles {

    private static final String DIRECTORY = "knowledge/";

    private Articles() {}

    public static List<Article> fromClasspath() {
        JsonNode index = Json.MAPPER.readTree(resource("index.json"));
        List<Article> articles = new ArrayList<>();
        for (JsonNode entry : index) articles.add(Article.parse(resource(entry.get("file").asString())));
        return articles;
    }

    private static String resource(String name) {
        try (InputStream in = Articles.class.getClassLoader().getResourceAsStream(DIRECTORY + name)) {
            if (in == null) throw new IllegalStateException("no classpath resource " + DIRECTORY + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
