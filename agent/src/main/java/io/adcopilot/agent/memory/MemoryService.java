package io.adcopilot.agent.memory;

import io.adcopilot.agent.nlu.lexicon.Lexicon;
import io.adcopilot.agent.nlu.lexicon.LexiconMatch;
import io.adcopilot.core.embed.TextEmbedder;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Remembers what advertisers tell the copilot to remember, and recalls it: a statement that sets a default
 * ("以后默认看转化成本", "always break it down by region") becomes a preference with the metrics or dimensions it
 * names; anything else is kept as a fact. Recall returns the defaults and the memories closest to an utterance.
 */
public final class MemoryService {

    private static final Pattern DEFAULTING = Pattern.compile(
            "默认|以后|今后|一直|总是|每次|都按|都用|优先|(?i)\\b(default|always|from now on|by default|prefer|every time)\\b");
    private static final double RELEVANT = 0.55;

    private final MemoryStore store;
    private final TextEmbedder embedder;
    private final Lexicon lexicon;
    private final Clock clock;
    /** Each advertiser's memories with their embeddings, read once and dropped whenever they change. */
    private final LoadingCache<String, List<MemoryStore.Stored>> remembered;

    public MemoryService(MemoryStore store, TextEmbedder embedder, Lexicon lexicon, Clock clock) {
        this.store = store;
        this.embedder = embedder;
        this.lexicon = lexicon;
        this.clock = clock;
        this.remembered = Caffeine.newBuilder().maximumSize(10_000).build(store::withEmbeddings);
    }

    public Memory remember(String advertiserId, String text) {
        Map<String, List<String>> defaults = new LinkedHashMap<>();
        if (DEFAULTING.matcher(text).find()) {
            List<LexiconMatch> said = lexicon.find(text, List.of(), Set.of("metrics", "dimensions"));
            List<String> metrics = said.stream().filter(m -> m.slot().equals("metrics")).map(LexiconMatch::value).distinct().toList();
            List<String> dimensions = said.stream().filter(m -> m.slot().equals("dimensions")).map(LexiconMatch::value).distinct().toList();
            if (!metrics.isEmpty()) defaults.put("metrics", metrics);
            if (!dimensions.isEmpty()) defaults.put("dimensions", dimensions);
        }
        Memory memory = new Memory(UUID.randomUUID().toString(), advertiserId,
                defaults.isEmpty() ? Memory.FACT : Memory.PREFERENCE, text, defaults, clock.instant());
        store.add(memory, embedder.embed(text));
        remembered.invalidate(advertiserId);
        return memory;
    }

    public List<Memory> list(String advertiserId) {
        return store.list(advertiserId);
    }

    public boolean forget(String advertiserId, String id) {
        boolean deleted = store.delete(advertiserId, id);
        remembered.invalidate(advertiserId);
        return deleted;
    }

    public int forgetAll(String advertiserId) {
        int deleted = store.deleteAll(advertiserId);
        remembered.invalidate(advertiserId);
        return deleted;
    }

    /** The memories that best match what the user wants forgotten (the closest, if close enough). */
    public List<Memory> closest(String advertiserId, String text, int k) {
        return ranked(advertiserId, text).stream().filter(s -> s.score() >= RELEVANT).limit(k)
                .map(Scored::memory).toList();
    }

    /** The defaults and the memories related to an utterance. */
    public Preferences recall(String advertiserId, String utterance) {
        List<Memory> all = remembered.get(advertiserId).stream().map(MemoryStore.Stored::memory).toList();
        if (all.isEmpty()) return Preferences.NONE;
        List<String> metrics = all.stream().filter(m -> m.defaults().containsKey("metrics")).findFirst()
                .map(m -> m.defaults().get("metrics")).orElse(List.of());
        List<String> dimensions = all.stream().filter(m -> m.defaults().containsKey("dimensions")).findFirst()
                .map(m -> m.defaults().get("dimensions")).orElse(List.of());
        List<Memory> relevant = ranked(advertiserId, utterance).stream().filter(s -> s.score() >= RELEVANT).limit(3)
                .map(Scored::memory).toList();
        return new Preferences(metrics, dimensions, relevant);
    }

    private record Scored(Memory memory, double score) {}

    private List<Scored> ranked(String advertiserId, String text) {
        float[] query = embedder.embed(text);
        return remembered.get(advertiserId).stream()
                .map(s -> new Scored(s.memory(), TextEmbedder.cosine(query, s.embedding())))
                .sorted(Comparator.comparingDouble(Scored::score).reversed()).toList();
    }
}
