package io.adcopilot.agent.nlu.bio;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Scores of a small hand-checked case. {@code conlleval.py} on the same files prints
 * {@code {"slot_f1": 0.7272727272727272, "slot_precision": 0.6666666666666666, "slot_recall": 0.8,
 * "intent_accuracy": 0.75, "sentence_accuracy": 0.25, "items": 4}}.
 */
class SpanScorerTest {

    private static final List<String> GOLD_TAGS = List.of("B-a I-a O B-b", "B-a I-a O", "B-a E-a O S-b", "O O");
    private static final List<String> GOLD_INTENTS = List.of("x", "y", "x", " w ");
    private static final List<String> PREDICTED_TAGS = List.of("B-a I-a O B-c", "I-a I-a O", "B-a I-a O S-b", "S-a O");
    private static final List<String> PREDICTED_INTENTS = List.of("x", "z", "x", "w");

    @Test
    void countsSpansIntentsAndSentencesAsConllevalDoes() {
        SpanScorer scorer = new SpanScorer();
        for (int i = 0; i < GOLD_TAGS.size(); i++) {
            scorer.add(split(GOLD_TAGS.get(i)), split(PREDICTED_TAGS.get(i)), GOLD_INTENTS.get(i),
                    PREDICTED_INTENTS.get(i));
        }
        assertHandComputed(scorer.score());
    }

    @Test
    void scoresPredictionFilesAgainstASplit(@TempDir Path dir) throws IOException {
        Path gold = Files.createDirectories(dir.resolve("gold"));
        Files.write(gold.resolve("seq.in"), GOLD_TAGS.stream().map(line -> line.replaceAll("\\S+", "w")).toList());
        Files.write(gold.resolve("seq.out"), GOLD_TAGS);
        Files.write(gold.resolve("label"), GOLD_INTENTS);
        Path predictions = Files.createDirectories(dir.resolve("pred"));
        Files.write(predictions.resolve("pred.seq.out"), PREDICTED_TAGS);
        Files.write(predictions.resolve("pred.label"), PREDICTED_INTENTS);

        assertHandComputed(SpanScorer.scoreFiles(gold, predictions));
    }

    @Test
    void refusesLinesOfDifferentLengths() {
        assertThatThrownBy(() -> new SpanScorer().add(split("O O"), split("O"), "x", "x"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nothingToScoreGivesZeros() {
        BioScore score = new SpanScorer().score();
        assertThat(score.slotF1()).isZero();
        assertThat(score.intentAccuracy()).isZero();
    }

    private static void assertHandComputed(BioScore score) {
        assertThat(score.truePositives()).isEqualTo(4);
        assertThat(score.falsePositives()).isEqualTo(2);
        assertThat(score.falseNegatives()).isEqualTo(1);
        assertThat(score.slotPrecision()).isEqualTo(0.6666666666666666);
        assertThat(score.slotRecall()).isEqualTo(0.8);
        assertThat(score.slotF1()).isEqualTo(0.7272727272727272).isCloseTo(8.0 / 11, within(1e-12));
        assertThat(score.intentAccuracy()).isEqualTo(0.75);
        assertThat(score.sentenceAccuracy()).isEqualTo(0.25);
        assertThat(score.sentences()).isEqualTo(4);
    }

    private static List<String> split(String tags) {
        return List.of(tags.split(" "));
    }
}
