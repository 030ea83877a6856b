package io.adcopilot.agent.nlu.bio;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BioCorpusTest {

    @Test
    void readsAlignedLinesSplittingOnRunsOfSpaces(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("seq.in"), "on june 13  2038\n我 要 听\n\n");
        Files.writeString(dir.resolve("seq.out"), "O B-date I-date I-date\nO O O\n");
        Files.writeString(dir.resolve("label"), "GetWeather\nPlayMusic \n");

        List<BioSentence> sentences = BioCorpus.read(dir);

        assertThat(sentences).containsExactly(
                new BioSentence(List.of("on", "june", "13", "2038"), List.of("O", "B-date", "I-date", "I-date"),
                        "GetWeather"),
                new BioSentence(List.of("我", "要", "听"), List.of("O", "O", "O"), "PlayMusic"));
        assertThat(BioCorpus.isSplitDir(dir)).isTrue();
        assertThat(BioCorpus.isSplitDir(dir.resolve("missing"))).isFalse();
    }

    @Test
    void refusesMisalignedFiles(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("seq.in"), "a b\nc\n");
        Files.writeString(dir.resolve("seq.out"), "O O\n");
        Files.writeString(dir.resolve("label"), "x\ny\n");
        assertThatThrownBy(() -> BioCorpus.read(dir)).hasMessageContaining("misaligned");

        Files.writeString(dir.resolve("seq.out"), "O O\nO O\n");
        assertThatThrownBy(() -> BioCorpus.read(dir)).hasMessageContaining("line 2");
    }

    @Test
    void writesPredictionsOneLineAnUtterance(@TempDir Path dir) {
        Path out = dir.resolve("out");
        BioCorpus.writePredictions(out, List.of(List.of("B-a", "O"), List.of("O")), List.of("x", "y"));

        assertThat(BioCorpus.readTags(out.resolve(BioCorpus.PREDICTED_TAGS_FILE)))
                .containsExactly(List.of("B-a", "O"), List.of("O"));
        assertThat(BioCorpus.readIntents(out.resolve(BioCorpus.PREDICTED_INTENT_FILE))).containsExactly("x", "y");
    }
}
