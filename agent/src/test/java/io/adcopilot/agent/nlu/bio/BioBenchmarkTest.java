package io.adcopilot.agent.nlu.bio;

import io.adcopilot.agent.nlu.bio.intent.IntentOptions;
import io.adcopilot.agent.nlu.bio.tagger.TaggerOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BioBenchmarkTest {

    @Test
    void writesPredictionsAlignedWithTheTestSplitAndScoresThem(@TempDir Path dir) throws IOException {
        write(dir.resolve("train"), SyntheticBio.sentences(300, 1, SyntheticBio.TRAIN_CITIES,
                SyntheticBio.TRAIN_ARTISTS, false));
        write(dir.resolve("valid"), SyntheticBio.sentences(40, 2, SyntheticBio.TRAIN_CITIES,
                SyntheticBio.TRAIN_ARTISTS, false));
        List<BioSentence> test = SyntheticBio.sentences(60, 3, List.of("oslo", "cape town"), List.of("nina simone"),
                false);
        write(dir.resolve("test"), test);
        Path out = dir.resolve("out");

        BioBenchmark.Result result = new BioBenchmark(TaggerOptions.defaults().withEpochs(4).withEnsembleSize(2),
                IntentOptions.defaults()).run(dir.resolve("train"), dir.resolve("test"), out);

        List<List<String>> predictedTags = BioCorpus.readTags(out.resolve("pred.seq.out"));
        List<String> predictedIntents = BioCorpus.readIntents(out.resolve("pred.label"));
        assertThat(predictedTags).hasSameSizeAs(test);
        assertThat(predictedIntents).hasSameSizeAs(test);
        for (int i = 0; i < test.size(); i++) {
            assertThat(predictedTags.get(i)).hasSameSizeAs(test.get(i).tokens());
        }
        assertThat(result.score()).isEqualTo(SpanScorer.scoreFiles(dir.resolve("test"), out));
        assertThat(result.trainSentences()).isEqualTo(300);
        assertThat(result.validSentences()).as("the valid split next to train").isEqualTo(40);
        assertThat(result.score().slotF1()).isGreaterThan(0.8);
        assertThat(result.score().intentAccuracy()).isGreaterThan(0.9);
        assertThat(result.trainSeconds()).isPositive();
        assertThat(result.heap().liveBytes()).isPositive();
        assertThat(result.summary()).contains("slot precision", "intent accuracy", "sentence accuracy", "peak heap");
    }

    private static void write(Path dir, List<BioSentence> sentences) throws IOException {
        Files.createDirectories(dir);
        Files.write(dir.resolve("seq.in"), sentences.stream().map(s -> String.join(" ", s.tokens())).toList());
        Files.write(dir.resolve("seq.out"), sentences.stream().map(s -> String.join(" ", s.tags())).toList());
        Files.write(dir.resolve("label"), sentences.stream().map(BioSentence::intent).toList());
    }
}
