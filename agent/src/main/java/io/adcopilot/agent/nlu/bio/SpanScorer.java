package io.adcopilot.agent.nlu.bio;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Accumulates predictions sentence by sentence and scores them exactly as the reference {@code conlleval.py} does:
 * a span counts only when its type and both boundaries match; intents match on the exact (trimmed) label.
 */
public final class SpanScorer {

    private int sentences;
    private int truePositives;
    private int falsePositives;
    private int falseNegatives;
    private int intentsRight;
    private int sentencesRight;

    /** Scores the prediction files {@code pred.seq.out} and {@code pred.label} of {@code predDir} against a split. */
    public static BioScore scoreFiles(Path goldDir, Path predDir) {
        List<BioSentence> gold = BioCorpus.read(goldDir);
        List<List<String>> predictedTags = BioCorpus.readTags(predDir.resolve(BioCorpus.PREDICTED_TAGS_FILE));
        List<String> predictedIntents = BioCorpus.readIntents(predDir.resolve(BioCorpus.PREDICTED_INTENT_FILE));
        if (predictedTags.size() != gold.size() || predictedIntents.size() != gold.size()) {
            throw new IllegalArgumentException("misaligned: " + gold.size() + " gold lines, " + predictedTags.size()
                    + " tag lines, " + predictedIntents.size() + " intent lines");
        }
        SpanScorer scorer = new SpanScorer();
        for (int i = 0; i < gold.size(); i++) {
            BioSentence sentence = gold.get(i);
            scorer.add(sentence.tags(), predictedTags.get(i), sentence.intent(), predictedIntents.get(i));
        }
        return scorer.score();
    }

    public void add(List<String> goldTags, List<String> predictedTags, String goldIntent, String predictedIntent) {
        if (goldTags.size() != predictedTags.size()) {
            throw new IllegalArgumentException("token count differs on a line: " + goldTags.size() + " vs "
                    + predictedTags.size());
        }
        Set<Span> gold = Spans.of(goldTags);
        Set<Span> predicted = Spans.of(predictedTags);
        Set<Span> common = new HashSet<>(gold);
        common.retainAll(predicted);
        truePositives += common.size();
        falsePositives += predicted.size() - common.size();
        falseNegatives += gold.size() - common.size();
        boolean intentRight = goldIntent.strip().equals(predictedIntent.strip());
        if (intentRight) intentsRight++;
        if (intentRight && gold.equals(predicted)) sentencesRight++;
        sentences++;
    }

    public BioScore score() {
        return new BioScore(sentences, truePositives, falsePositives, falseNegatives, intentsRight, sentencesRight);
    }
}
