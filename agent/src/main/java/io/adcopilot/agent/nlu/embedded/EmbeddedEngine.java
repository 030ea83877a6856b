package io.adcopilot.agent.nlu.embedded;

import io.adcopilot.agent.nlu.Frame;
import io.adcopilot.agent.nlu.NluContext;
import io.adcopilot.agent.nlu.NluEngine;
import io.adcopilot.agent.nlu.Turn;
import io.adcopilot.agent.nlu.dataset.DatasetItem;
import io.adcopilot.agent.nlu.entity.EntityCatalog;
import io.adcopilot.agent.nlu.intent.IntentClassifier;
import io.adcopilot.agent.nlu.lexicon.Lexicon;
import io.adcopilot.core.embed.TextEmbedder;
import java.util.List;

/**
 * The offline engine: entity linking against the advertiser's catalog, time and amount parsers, lexicon phrases,
 * an intent classifier trained from labelled examples, and carry-over from the earlier turns, which are understood
 * in order first.
 */
public final class EmbeddedEngine implements NluEngine {

    private final IntentClassifier classifier;
    private final Extractor extractor;
    private final CatalogSource catalogs;

    private EmbeddedEngine(IntentClassifier classifier, Extractor extractor, CatalogSource catalogs) {
        this.classifier = classifier;
        this.extractor = extractor;
        this.catalogs = catalogs;
    }

    /**
     * Trains the intent classifier on the examples (seconds) and returns the engine. The examples' entities are
     * linked against {@code exampleCatalogs} (the demo advertisers' catalogs they were written for).
     */
    public static EmbeddedEngine train(List<DatasetItem> examples, TextEmbedder embedder, CatalogSource catalogs,
                                       java.util.function.Function<String, EntityCatalog> exampleCatalogs,
                                       Lexicon lexicon) {
        Extractor extractor = new Extractor(lexicon);
        List<IntentClassifier.Example> training = examples.stream().map(item -> new IntentClassifier.Example(
                item.text(), extractor.analyze(item.text(), item.now().toLocalDate(),
                        exampleCatalogs.apply(item.advertiser())).cues(), item.intent())).toList();
        return new EmbeddedEngine(IntentClassifier.train(training, embedder), extractor, catalogs);
    }

    @Override
    public Frame understand(String text, NluContext context) {
        EntityCatalog catalog = catalogs.catalogFor(context.principal());
        Frame frame = null;
        for (Turn turn : context.history()) {
            if (turn.byUser()) frame = step(frame, turn.text(), context, catalog);
        }
        return step(frame, text, context, catalog);
    }

    private Frame step(Frame previous, String text, NluContext context, EntityCatalog catalog) {
        Analysis analysis = extractor.analyze(text, context.today(), catalog);
        IntentClassifier.Prediction prediction = classifier.classify(text, analysis.cues());
        String intent = CarryOver.intent(previous, DomainGate.apply(prediction.intent(), analysis, previous != null),
                analysis);
        return CarryOver.merge(previous, intent, prediction.confidence(), SlotFiller.fill(intent, analysis), analysis);
    }

    public List<String> intents() {
        return classifier.intents();
    }

    @Override
    public String name() {
        return "embedded";
    }
}
