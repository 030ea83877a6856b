package io.adcopilot.agent.nlu.bio;

import io.adcopilot.agent.nlu.bio.intent.IntentClassifier;
import io.adcopilot.agent.nlu.bio.intent.IntentOptions;
import io.adcopilot.agent.nlu.bio.tagger.SequenceTagger;
import io.adcopilot.agent.nlu.bio.tagger.TaggerOptions;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Trains the intent classifier and the sequence tagger on a BIO training split, predicts a test split, writes
 * {@code pred.label} and {@code pred.seq.out} aligned line by line with it, and scores them as the reference
 * {@code conlleval.py} does. A {@code valid} split next to the training one, when there is one, chooses the
 * classifier's epoch and calibrates its probabilities.
 */
public final class BioBenchmark {

    /** What a run measured; fractions in [0, 1]. */
    public record Result(
            Path trainDir,
            Path testDir,
            int trainSentences,
            int validSentences,
            BioScore score,
            double trainSeconds,
            double predictMillisPerUtterance,
            HeapMeter.Peak heap,
            int tagCount,
            int tagFeatureCount) {

        public String summary() {
            return String.format(Locale.ROOT, """
                    train %s: %d utterances (valid %d); test %s: %d utterances
                    slot precision %.2f  recall %.2f  F1 %.2f  (%d spans right, %d predicted wrongly, %d missed)
                    intent accuracy %.2f  sentence accuracy %.2f
                    training %.1f s, prediction %.3f ms an utterance; peak heap %d MB used, %d MB live after GC
                    tagger: %d tags, %d features""",
                    trainDir, trainSentences, validSentences, testDir, score.sentences(),
                    100 * score.slotPrecision(), 100 * score.slotRecall(), 100 * score.slotF1(),
                    score.truePositives(), score.falsePositives(), score.falseNegatives(),
                    100 * score.intentAccuracy(), 100 * score.sentenceAccuracy(),
                    trainSeconds, predictMillisPerUtterance, heap.usedMb(), heap.liveMb(),
                    tagCount, tagFeatureCount);
        }
    }

    private final TaggerOptions taggerOptions;
    private final IntentOptions intentOptions;

    public BioBenchmark() {
        this(TaggerOptions.defaults(), IntentOptions.defaults());
    }

    public BioBenchmark(TaggerOptions taggerOptions, IntentOptions intentOptions) {
        this.taggerOptions = taggerOptions;
        this.intentOptions = intentOptions;
    }

    public Result run(Path trainDir, Path testDir, Path outDir) {
        List<BioSentence> training = BioCorpus.read(trainDir);
        List<BioSentence> validation = validationNextTo(trainDir, testDir);
        List<BioSentence> test = BioCorpus.read(testDir);

        HeapMeter meter = HeapMeter.start();
        long start = System.nanoTime();
        IntentClassifier classifier = IntentClassifier.train(training, validation, intentOptions);
        SequenceTagger tagger = SequenceTagger.train(training, taggerOptions);
        double trainSeconds = (System.nanoTime() - start) / 1e9;
        HeapMeter.Peak heap = meter.stop();

        long predictStart = System.nanoTime();
        List<String> intents = new ArrayList<>(test.size());
        List<List<String>> tags = new ArrayList<>(test.size());
        for (BioSentence sentence : test) {
            intents.add(classifier.predict(sentence.tokens()).intent());
            tags.add(tagger.tag(sentence.tokens()));
        }
        double predictMillis = test.isEmpty() ? 0 : (System.nanoTime() - predictStart) / 1e6 / test.size();
        BioCorpus.writePredictions(outDir, tags, intents);

        BioScore score = SpanScorer.scoreFiles(testDir, outDir);
        return new Result(trainDir, testDir, training.size(), validation.size(), score, trainSeconds, predictMillis,
                heap, tagger.tags().size(), tagger.featureCount());
    }

    private static List<BioSentence> validationNextTo(Path trainDir, Path testDir) {
        Path parent = trainDir.toAbsolutePath().normalize().getParent();
        if (parent == null) return List.of();
        Path valid = parent.resolve("valid");
        boolean usable = BioCorpus.isSplitDir(valid)
                && !valid.equals(testDir.toAbsolutePath().normalize())
                && !valid.equals(trainDir.toAbsolutePath().normalize());
        return usable ? BioCorpus.read(valid) : List.of();
    }
}
