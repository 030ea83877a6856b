package io.adcopilot.agent.nlu.bio.tagger;

import io.adcopilot.agent.nlu.bio.BioSentence;
import io.adcopilot.agent.nlu.bio.FeatureIndex;
import io.adcopilot.agent.nlu.bio.TrainingOrder;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Tags each token of an utterance (BIO, BIOES or any tag set of the same form), trained from tagged utterances:
 * a first-order linear-chain model over {@link TokenFeatures}, trained as an averaged structured perceptron (an
 * ensemble of them, averaged into one), and decoded by Viterbi under the transitions that keep spans well made.
 * Training is deterministic for given options; a trained tagger is immutable and safe to share between threads.
 *
 * <p>Why a perceptron and not a CRF: with the same features on ATIS, a linear-chain CRF trained by SGD reached
 * valid/test span F1 96.5-96.9/94.4-94.5 against 96.3-96.5/94.2-94.5 for one perceptron, at five times the
 * training time; averaging an ensemble of perceptrons gained more (97.2/95.0) for the same time on two cores.
 */
public final class SequenceTagger {

    private final TagSet tagSet;
    private final FeatureIndex featureIndex;
    private final Gazetteer gazetteer;
    private final ChainWeights weights;

    private SequenceTagger(TagSet tagSet, FeatureIndex featureIndex, Gazetteer gazetteer, ChainWeights weights) {
        this.tagSet = tagSet;
        this.featureIndex = featureIndex;
        this.gazetteer = gazetteer;
        this.weights = weights;
    }

    /** Trains on the tokens and tags of {@code training} (their intents are not used). */
    public static SequenceTagger train(List<BioSentence> training, TaggerOptions options) {
        TagSet tagSet = new TagSet(tagsInOrder(training));
        FeatureIndex featureIndex = new FeatureIndex();
        TrainingSet data = TrainingSet.build(training, tagSet, featureIndex, options);
        ChainWeights weights = trainEnsemble(data, tagSet, featureIndex.size(), options);
        List<List<String>> tokens = training.stream().map(BioSentence::tokens).toList();
        List<List<String>> tags = training.stream().map(BioSentence::tags).toList();
        Gazetteer gazetteer = Gazetteer.build(tokens, tags, options.gazetteerMinPrecision());
        return new SequenceTagger(tagSet, featureIndex, gazetteer, weights);
    }

    public List<String> tag(List<String> tokens) {
        if (tokens.isEmpty()) return List.of();
        int[][] features = TokenFeatures.of(tokens, gazetteer.match(tokens)).stream()
                .map(featureIndex::lookup)
                .toArray(int[][]::new);
        int[] path = weights.decode(features, tagSet);
        List<String> tags = new ArrayList<>(path.length);
        for (int tag : path) tags.add(tagSet.tag(tag));
        return tags;
    }

    /** The tags this tagger can give, in order of first appearance in training. */
    public List<String> tags() {
        List<String> tags = new ArrayList<>(tagSet.size());
        for (int t = 0; t < tagSet.size(); t++) tags.add(tagSet.tag(t));
        return tags;
    }

    /** The number of distinct features the model has weights for. */
    public int featureCount() {
        return featureIndex.size();
    }

    /**
     * Trains the members of the ensemble, as many at a time as there are processors, and averages them in member
     * order, letting each go as soon as it is added.
     */
    private static ChainWeights trainEnsemble(TrainingSet data, TagSet tagSet, int features,
                                              TaggerOptions options) {
        int threads = Math.min(options.ensembleSize(), Runtime.getRuntime().availableProcessors());
        ExecutorService executor = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "sequence-tagger-training");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<ChainWeights>> members = new ArrayList<>();
            for (int member = 0; member < options.ensembleSize(); member++) {
                long seed = options.seed() + member;
                members.add(executor.submit(() -> trainMember(data, tagSet, features, options.epochs(), seed)));
            }
            ChainWeights mean = new ChainWeights(tagSet.size(), features);
            for (int member = 0; member < members.size(); member++) {
                mean.add(members.get(member).get(), 1f / members.size());
                members.set(member, null);
            }
            return mean;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while training", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("training failed", e.getCause());
        } finally {
            executor.shutdownNow();
        }
    }

    private static ChainWeights trainMember(TrainingSet data, TagSet tagSet, int features, int epochs, long seed) {
        AveragedPerceptron perceptron = new AveragedPerceptron(tagSet, features);
        TrainingOrder order = new TrainingOrder(data.size(), seed);
        for (int epoch = 0; epoch < epochs; epoch++) {
            for (int s : order.nextPass()) {
                if (data.gold()[s].length > 0) perceptron.learn(data.features()[s], data.gold()[s]);
            }
        }
        return perceptron.finish();
    }

    private static List<String> tagsInOrder(List<BioSentence> training) {
        Set<String> tags = new LinkedHashSet<>();
        for (BioSentence sentence : training) tags.addAll(sentence.tags());
        if (tags.isEmpty()) tags.add("O");
        return List.copyOf(tags);
    }
}
