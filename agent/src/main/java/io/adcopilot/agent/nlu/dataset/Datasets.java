package io.adcopilot.agent.nlu.dataset;

import io.adcopilot.core.json.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reading datasets in the spec's JSONL (one item a line), with errors that say which line is wrong. */
public final class Datasets {

    private Datasets() {}

    public static List<DatasetItem> read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    public static List<DatasetItem> readResource(String resource) {
        try (InputStream in = Datasets.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            return read(in, resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<DatasetItem> read(InputStream in, String name) throws IOException {
        List<DatasetItem> items = new ArrayList<>();
        var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        int number = 0;
        for (String line; (line = reader.readLine()) != null; ) {
            number++;
            if (line.isBlank()) continue;
            try {
                items.add(DatasetItem.fromJson(Json.MAPPER.readTree(line)));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(name + " line " + number + " is not a dataset item: " + e.getMessage(), e);
            }
        }
        return items;
    }
}
