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
import io.adcopilot.agent.nlu.slot.SlotNames;
import io.adcopilot.agent.nlu.slot.Slots;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The offline engine: entity linking against the advertiser's catalog, time and amount parsers, lexicon phrases,
 * an intent classifier trained from labelled examples, and carry-over from the earlier turns, which are understood
 * in order first.
 */
public final class EmbeddedEngine implements NluEngine {

    private final IntentClassifier classifier;
    private final Extractor extractor;
    private final CatalogSource catalogs;
    private final Map<String, Set<String>> slotsByIntent;
    private final Optional<FreeFormSlots> freeForm;

    private EmbeddedEngine(IntentClassifier classifier, Extractor extractor, CatalogSource catalogs,
                           Map<String, Set<String>> slotsByIntent, Optional<FreeFormSlots> freeForm) {
        this.classifier = classifier;
        this.extractor = extractor;
        this.catalogs = catalogs;
        this.slotsByIntent = Map.copyOf(slotsByIntent);
        this.freeForm = freeForm;
    }

    /**
     * Trains the intent classifier on the examples (seconds) and returns the engine. The examples' entities are
     * linked against {@code exampleCatalogs} (the demo advertisers' catalogs they were written for).
     */
    public static EmbeddedEngine train(List<DatasetItem> examples, TextEmbedder embedder, CatalogSource catalogs,
                                       java.util.function.Function<String, EntityCatalog> exampleCatalogs,
                                       Lexicon lexicon) {
        return train(examples, SlotNames.BY_INTENT, embedder, catalogs, exampleCatalogs, lexicon);
    }

    /**
     * Trains on the examples of intents whose slots are given (the plugins' intents): the intent classifier, and a
     * sequence tagger for slots no parser knows.
     */
    public static EmbeddedEngine train(List<DatasetItem> examples, Map<String, Set<String>> slotsByIntent,
                                       TextEmbedder embedder, CatalogSource catalogs,
                                       java.util.function.Function<String, EntityCatalog> exampleCatalogs,
                                       Lexicon lexicon) {
        Extractor extractor = new Extractor(lexicon);
        List<IntentClassifier.Example> training = examples.stream().map(item -> new IntentClassifier.Example(
                item.text(), extractor.analyze(item.text(), item.now().toLocalDate(),
                        exampleCatalogs.apply(item.advertiser())).cues(), item.intent())).toList();
        return new EmbeddedEngine(IntentClassifier.train(training, embedder), extractor, catalogs, slotsByIntent,
                FreeFormSlots.train(examples, slotsByIntent));
    }

    @Override
    public Frame understand(String text, NluContext context) {
        EntityCatalog catalog = catalogs.catalogFor(context.principal());
        return step(previous(context, catalog), text, context, catalog, false);
    }

    /** The frame the conversation so far ends on: given by the session, or understood from the history in order. */
    private Frame previous(NluContext context, EntityCatalog catalog) {
        if (context.previous().isPresent()) return context.previous().get();
        Frame frame = null;
        for (Turn turn : context.history()) {
            if (turn.byUser()) frame = step(frame, turn.text(), context, catalog, false);
        }
        return frame;
    }

    /**
     * A compound request as steps: split at "然后/再/并且/and then/, then" where both sides mean something of the
     * domain, each clause understood after the one before.
     */
    @Override
    public List<Frame> plan(String text, NluContext context) {
        EntityCatalog catalog = catalogs.catalogFor(context.principal());
        Frame previous = previous(context, catalog);
        List<String> clauses = Clauses.split(text);
        if (clauses.size() > 1) {
            boolean domain = clauses.stream().anyMatch(c -> DomainGate.saysDomain(extractor.analyze(c, context.today(), catalog)));
            List<Frame> steps = new java.util.ArrayList<>();
            Frame before = previous;
            for (String clause : clauses) {
                Frame step = step(before, clause, context, catalog, domain);
                steps.add(step);
                before = step;
            }
            if (steps.stream().noneMatch(f -> f.intent().equals(DomainGate.OUT_OF_SCOPE))) return steps;
        }
        return List.of(step(previous, text, context, catalog, false));
    }

    /** One clause understood after {@code previous}; {@code domainSaid} when the request names the domain elsewhere. */
    private Frame step(Frame previous, String text, NluContext context, EntityCatalog catalog, boolean domainSaid) {
        Analysis analysis = extractor.analyze(text, context.today(), catalog);
        IntentClassifier.Prediction prediction = classifier.classify(text, analysis.cues());
        String intent = CarryOver.intent(previous, DomainGate.apply(prediction.intent(), analysis, previous != null || domainSaid),
                analysis);
        Set<String> allowed = slotsByIntent.getOrDefault(intent, Set.of());
        SlotFiller.Filled filled = SlotFiller.fill(intent, analysis, allowed);
        if (freeForm.isPresent() && allowed.stream().anyMatch(freeForm.get()::knows)) {
            Slots slots = filled.slots();
            for (var e : freeForm.get().extract(text, allowed).entrySet()) slots = slots.with(e.getKey(), e.getValue());
            filled = new SlotFiller.Filled(slots, filled.ambiguities());
        }
        return CarryOver.merge(previous, intent, prediction.confidence(), filled, analysis);
    }

    public List<String> intents() {
        return classifier.intents();
    }

    @Override
    public String name() {
        return "embedded";
    }
}
