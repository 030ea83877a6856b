package io.adcopilot.agent.nlu.entity;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What name matching needs of a catalog, computed once per catalog: each name normalized and cut into pieces
 * (English words, Chinese character bigrams), how rare each piece is among the catalog's distinct names, and which
 * words belong to one name only among its kind.
 */
final class NameIndex {

    /** A piece of a name: a Chinese character bigram, or an English word. */
    record Piece(String value, boolean word) {}

    private static final Set<String> STOP_WORDS = Set.of("the", "of", "and", "for", "to", "in", "creative");
    private static final Cache<EntityCatalog, NameIndex> CACHE = Caffeine.newBuilder().weakKeys().maximumSize(1000).build();

    private final Map<String, String> normalized = new HashMap<>();
    private final Map<String, List<Piece>> pieces = new HashMap<>();
    private final Map<String, List<String>> uniqueWords = new HashMap<>();
    private final Map<String, List<String>> parts = new HashMap<>();
    private final Map<String, Integer> frequency = new HashMap<>();
    private final Map<String, List<String>> namesByKind = new HashMap<>();
    private final int names;

    private NameIndex(EntityCatalog catalog) {
        Set<String> distinct = new HashSet<>();
        for (Entity e : catalog.entities()) {
            String norm = Normalized.of(e.name()).text();
            normalized.put(e.id(), norm);
            namesByKind.computeIfAbsent(e.kind(), k -> new ArrayList<>()).add(norm);
            parts.put(e.id(), java.util.Arrays.stream(e.name().split("\\s*[-–—_/]\\s*"))
                    .map(p -> Normalized.of(p).text()).filter(p -> !p.isEmpty()).toList());
            List<Piece> own = pieces(e.name());
            pieces.put(e.id(), own);
            if (distinct.add(e.name())) own.stream().map(Piece::value).distinct().forEach(p -> frequency.merge(p, 1, Integer::sum));
        }
        names = distinct.size();
        for (Entity e : catalog.entities()) {
            List<String> unique = new ArrayList<>();
            for (Piece p : pieces.get(e.id())) {
                if (p.word() && p.value().length() >= 3 && p.value().chars().anyMatch(Character::isLetter)
                        && uniqueInKind(e, p.value())) {
                    unique.add(p.value());
                }
            }
            uniqueWords.put(e.id(), unique);
        }
    }

    static NameIndex of(EntityCatalog catalog) {
        return CACHE.get(catalog, NameIndex::new);
    }

    String normalized(Entity e) {
        return normalized.get(e.id());
    }

    List<Piece> pieces(Entity e) {
        return pieces.getOrDefault(e.id(), List.of());
    }

    List<String> uniqueWords(Entity e) {
        return uniqueWords.getOrDefault(e.id(), List.of());
    }

    double weight(String piece) {
        return Math.log(1 + (double) names / frequency.getOrDefault(piece, 1));
    }

    /** Whether {@code part} (normalized) is a whole part of the entity's name, between separators. */
    boolean isPart(Entity e, String part) {
        return parts.getOrDefault(e.id(), List.of()).contains(part);
    }

    /** Whether no other name of the entity's kind contains {@code part} (normalized). */
    boolean uniqueInKind(Entity e, String part) {
        String own = normalized(e);
        int containing = 0;
        for (String name : namesByKind.getOrDefault(e.kind(), List.of())) {
            if (name.contains(part) && !name.equals(own)) containing++;
        }
        return containing == 0;
    }

    static List<Piece> pieces(String name) {
        List<Piece> out = new ArrayList<>();
        String lower = name.toLowerCase(Locale.ROOT);
        for (String word : lower.split("[^a-z0-9%]+")) {
            if (word.length() >= 2 && !STOP_WORDS.contains(word) && word.chars().anyMatch(Character::isLetter)) {
                out.add(new Piece(word, true));
            }
        }
        String cjk = Normalized.of(name).text().replaceAll("[a-z]+", " ");
        for (String run : cjk.split(" ")) {
            for (int i = 0; i + 2 <= run.length(); i++) {
                String bigram = run.substring(i, i + 2);
                if (bigram.codePoints().anyMatch(Character::isIdeographic)) out.add(new Piece(bigram, false));
            }
        }
        return out;
    }
}
