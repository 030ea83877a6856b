package io.adcopilot.agent.nlu.bio;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes the split directories of a BIO data set: {@code seq.in} (tokens), {@code seq.out} (tags) and
 * {@code label} (intent), one utterance a line, aligned line by line.
 */
public final class BioCorpus {

    public static final String TOKENS_FILE = "seq.in";
    public static final String TAGS_FILE = "seq.out";
    public static final String INTENT_FILE = "label";
    public static final String PREDICTED_TAGS_FILE = "pred.seq.out";
    public static final String PREDICTED_INTENT_FILE = "pred.label";

    private BioCorpus() {
    }

    public static boolean isSplitDir(Path dir) {
        return Files.isRegularFile(dir.resolve(TOKENS_FILE))
                && Files.isRegularFile(dir.resolve(TAGS_FILE))
                && Files.isRegularFile(dir.resolve(INTENT_FILE));
    }

    public static List<BioSentence> read(Path dir) {
        List<String> tokenLines = lines(dir.resolve(TOKENS_FILE));
        List<String> tagLines = lines(dir.resolve(TAGS_FILE));
        List<String> intentLines = lines(dir.resolve(INTENT_FILE));
        if (tokenLines.size() != tagLines.size() || tokenLines.size() != intentLines.size()) {
            throw new IllegalArgumentException(dir + " is misaligned: " + tokenLines.size() + " token lines, "
                    + tagLines.size() + " tag lines, " + intentLines.size() + " intent lines");
        }
        List<BioSentence> sentences = new ArrayList<>(tokenLines.size());
        for (int i = 0; i < tokenLines.size(); i++) {
            List<String> tokens = Whitespace.split(tokenLines.get(i));
            List<String> tags = Whitespace.split(tagLines.get(i));
            if (tokens.size() != tags.size()) {
                throw new IllegalArgumentException(dir + " line " + (i + 1) + ": " + tokens.size() + " tokens but "
                        + tags.size() + " tags");
            }
            sentences.add(new BioSentence(tokens, tags, intentLines.get(i).strip()));
        }
        return sentences;
    }

    /** Tag lines of a file such as {@code pred.seq.out}: one list of tags a line. */
    public static List<List<String>> readTags(Path file) {
        return lines(file).stream().map(Whitespace::split).toList();
    }

    /** Intent lines of a file such as {@code pred.label}. */
    public static List<String> readIntents(Path file) {
        return lines(file).stream().map(String::strip).toList();
    }

    /** Writes {@code pred.seq.out} and {@code pred.label} into {@code outDir}, one line per utterance. */
    public static void writePredictions(Path outDir, List<List<String>> tags, List<String> intents) {
        if (tags.size() != intents.size()) {
            throw new IllegalArgumentException(tags.size() + " tag lines but " + intents.size() + " intents");
        }
        try {
            Files.createDirectories(outDir);
            Files.write(outDir.resolve(PREDICTED_TAGS_FILE),
                    tags.stream().map(line -> String.join(" ", line)).toList(), StandardCharsets.UTF_8);
            Files.write(outDir.resolve(PREDICTED_INTENT_FILE), intents, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lines of a file without the trailing empty ones, as {@code read().rstrip("\n").split("\n")} gives. */
    private static List<String> lines(Path file) {
        try {
            List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
            while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) lines.remove(lines.size() - 1);
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
