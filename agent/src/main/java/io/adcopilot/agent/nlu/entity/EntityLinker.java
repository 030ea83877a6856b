package io.adcopilot.agent.nlu.entity;

import io.adcopilot.agent.nlu.text.TextSpan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds an advertiser's entities in an utterance: by exact name (separators, case and 双十一/双11 ignored), and by
 * partial or misspelled name. A partial candidate's score is the share of its name's pieces (Chinese character
 * bigrams, English words, each weighted by how rare it is among the catalog's names) that the utterance contains,
 * plus a bonus for a part of the name that no other name of its kind has ("老客召回" among campaigns, "通投" among
 * ad groups), and a bonus when the words just before a kind word ("老客召回计划", "白领那个组") are part of its name.
 * Candidates overlapping in the text form one mention, which keeps its candidates per kind, so that the caller can
 * take the kind its intent needs; within a kind, an exact name wins, and near-equal partial candidates are all kept
 * (ambiguous) rather than guessed — as are candidates the text says as much of ("双十一大促" of "双十一大促-拉新" and
 * "双十一大促-老客召回"), whatever the lengths of their names.
 */
public final class EntityLinker {

    static final double PARTIAL_THRESHOLD = 0.45;
    static final double AMBIGUITY_MARGIN = 0.08;
    static final double UNIQUE_PER_CHARACTER = 0.15;
    static final double UNIQUE_MAX = 0.45;
    static final double UNIQUE_WORD = 0.3;
    static final double ANCHORED_BONUS = 0.35;

    private static final Pattern KIND_WORD = Pattern.compile("计划|广告组|(?<!广告)组|单元|创意|素材");
    private static final Pattern FILLER = Pattern.compile("(那个|这个|那条|这条|的|下面)+$");
    private static final Map<String, String> KIND_WORDS = Map.of(
            "计划", "campaign", "campaign", "campaign", "广告组", "ad_group", "组", "ad_group", "单元", "ad_group",
            "ad group", "ad_group", "创意", "creative", "素材", "creative", "creative", "creative");

    /**
     * A mention: where it is, the kind it most likely names (an exact name's, a kind word's, else the best
     * candidate's), and its candidates per kind, best first — one, or several when they fit equally well.
     */
    public record Mention(TextSpan span, String kind, Map<String, List<Entity>> byKind, boolean exact, int pieces) {

        public List<Entity> candidates() {
            return candidates(kind);
        }

        public List<Entity> candidates(String kind) {
            return byKind.getOrDefault(kind, List.of());
        }

        public boolean ambiguous() {
            return candidates().size() > 1;
        }
    }

    /**
     * A candidate: the entity, where it was said, its score, whether by exact name, how many of its pieces, and its
     * evidence (the weight of what the text said of its name, bonuses included, not divided by the name's length).
     */
    private record Match(Entity entity, TextSpan span, double score, boolean exact, int pieces, double evidence) {}

    public List<Mention> link(String text, EntityCatalog catalog) {
        if (catalog.entities().isEmpty() || text.isBlank()) return List.of();
        Normalized normalized = Normalized.of(text);
        NameIndex names = NameIndex.of(catalog);
        Map<String, TextSpan> anchored = anchored(text, catalog, names);
        List<Match> matches = new ArrayList<>();
        for (Entity e : catalog.entities()) {
            exact(e, normalized, names).or(() -> partial(e, normalized, text, names, anchored.get(e.id())))
                    .ifPresent(matches::add);
        }
        List<Match> strong = matches.stream().filter(m -> m.exact() || m.score() >= PARTIAL_THRESHOLD).toList();
        return resolve(matches.stream().filter(m -> strong.contains(m) || saidAsMuchAsAStrongOne(m, strong)).toList(), text);
    }

    /** A weak candidate the text says as much of as of a strong one of its kind, at the same place. */
    private static boolean saidAsMuchAsAStrongOne(Match weak, List<Match> strong) {
        return strong.stream().anyMatch(s -> !s.exact() && s.entity().kind().equals(weak.entity().kind())
                && s.span().overlaps(weak.span()) && weak.evidence() >= s.evidence() - 1e-9);
    }

    private static Optional<Match> exact(Entity e, Normalized text, NameIndex names) {
        String name = names.normalized(e);
        if (name.length() < 2) return Optional.empty();
        int at = text.text().indexOf(name);
        if (at < 0) return Optional.empty();
        return Optional.of(new Match(e, text.originalSpan(at, at + name.length()), 1.0 + name.length() / 100.0, true,
                names.pieces(e).size(), Double.MAX_VALUE));
    }

    private static Optional<Match> partial(Entity e, Normalized text, String original, NameIndex names,
                                           TextSpan anchor) {
        double total = 0;
        double found = 0;
        int pieces = 0;
        int start = Integer.MAX_VALUE;
        int end = -1;
        for (NameIndex.Piece p : names.pieces(e)) {
            double weight = names.weight(p.value());
            total += weight;
            TextSpan at = p.word() ? wordIn(original, p.value()) : substringIn(text, p.value());
            if (at != null) {
                found += weight;
                pieces++;
                start = Math.min(start, at.start());
                end = Math.max(end, at.end());
            }
        }
        if (total == 0) return Optional.empty();
        double score = found / total;
        double bonus = 0;
        TextSpan unique = uniqueSubstring(e, text, names);
        if (unique != null) {
            boolean wholePart = names.isPart(e, Normalized.of(original.substring(unique.start(), unique.end())).text());
            bonus += wholePart ? UNIQUE_MAX : Math.min(UNIQUE_MAX, UNIQUE_PER_CHARACTER * (unique.end() - unique.start()));
            start = Math.min(start, unique.start());
            end = Math.max(end, unique.end());
        } else {
            for (String word : names.uniqueWords(e)) {
                TextSpan at = wordIn(original, word);
                if (at != null) {
                    bonus += UNIQUE_WORD;
                    start = Math.min(start, at.start());
                    end = Math.max(end, at.end());
                    break;
                }
            }
        }
        if (anchor != null) {
            bonus += ANCHORED_BONUS;
            start = Math.min(start, anchor.start());
            end = Math.max(end, anchor.end());
        }
        score += bonus;
        if (end < 0) return Optional.empty();
        return Optional.of(new Match(e, new TextSpan(start, end), score, false, pieces, found + bonus));
    }

    /** The longest run of Chinese characters (2+) shared by the text and this name only, among its kind. */
    private static TextSpan uniqueSubstring(Entity e, Normalized text, NameIndex names) {
        String name = names.normalized(e);
        for (int length = Math.min(name.length(), 8); length >= 2; length--) {
            for (int i = 0; i + length <= name.length(); i++) {
                String part = name.substring(i, i + length);
                if (!part.codePoints().allMatch(c -> Character.isIdeographic(c) || Character.isDigit(c))) continue;
                if (part.codePoints().noneMatch(Character::isIdeographic)) continue;
                int at = text.text().indexOf(part);
                if (at >= 0 && names.uniqueInKind(e, part)) return text.originalSpan(at, at + length);
            }
        }
        return null;
    }

    private List<Mention> resolve(List<Match> found, String text) {
        List<Match> matches = new ArrayList<>(found);
        matches.sort(Comparator.comparing(Match::exact).thenComparingDouble(Match::score).reversed());
        List<Mention> out = new ArrayList<>();
        List<Match> left = new ArrayList<>(matches);
        while (!left.isEmpty()) {
            Match lead = left.get(0);
            List<Match> group = left.stream().filter(m -> m.span().overlaps(lead.span())).toList();
            left.removeAll(group);
            out.add(mention(lead, group, text));
        }
        out.sort(Comparator.comparingInt(m -> m.span().start()));
        return out;
    }

    private static Mention mention(Match lead, List<Match> group, String text) {
        Map<String, List<Entity>> byKind = new LinkedHashMap<>();
        Map<String, List<Match>> grouped = new LinkedHashMap<>();
        group.forEach(m -> grouped.computeIfAbsent(m.entity().kind(), k -> new ArrayList<>()).add(m));
        grouped.forEach((kind, ms) -> {
            ms.sort(Comparator.comparing(Match::exact).thenComparingDouble(Match::score).reversed());
            Match best = ms.get(0);
            List<Entity> candidates = best.exact() ? List.of(best.entity())
                    : ms.stream().filter(m -> m.score() >= best.score() - AMBIGUITY_MARGIN
                            || m.evidence() >= best.evidence() - 1e-9).map(Match::entity).toList();
            byKind.put(kind, candidates);
        });
        String hinted = kindNear(text, lead.span());
        String kind = lead.exact() || hinted == null || !byKind.containsKey(hinted) ? lead.entity().kind() : hinted;
        return new Mention(lead.span(), kind, byKind, lead.exact(), lead.pieces());
    }

    /**
     * Entities whose names contain the words right before a kind word (计划, 广告组, 组, 创意 …), with where those
     * words are: the longest such ending of the preceding text, two characters at least.
     */
    private static Map<String, TextSpan> anchored(String text, EntityCatalog catalog, NameIndex names) {
        Map<String, TextSpan> out = new HashMap<>();
        var kindWord = KIND_WORD.matcher(text);
        while (kindWord.find()) {
            String kind = KIND_WORDS.get(kindWord.group());
            String before = FILLER.matcher(text.substring(0, kindWord.start())).replaceFirst("");
            for (int length = Math.min(8, before.length()); length >= 2; length--) {
                String fragment = Normalized.of(before.substring(before.length() - length)).text();
                if (fragment.length() < 2) continue;
                List<Entity> containing = catalog.entities().stream()
                        .filter(e -> e.kind().equals(kind) && names.normalized(e).contains(fragment)).toList();
                if (containing.isEmpty()) continue;
                TextSpan span = new TextSpan(before.length() - length, before.length());
                containing.forEach(e -> out.put(e.id(), span));
                break;
            }
        }
        return out;
    }

    /** The kind a word right after (or just before) the mention names, if any. */
    private static String kindNear(String text, TextSpan span) {
        String lower = text.toLowerCase(Locale.ROOT);
        String after = lower.substring(span.end(), Math.min(lower.length(), span.end() + 8));
        String before = lower.substring(Math.max(0, span.start() - 12), span.start()).stripTrailing();
        String found = null;
        int position = Integer.MAX_VALUE;
        for (var word : KIND_WORDS.entrySet()) {
            int at = after.indexOf(word.getKey());
            if (at >= 0 && (at < position || (at == position && word.getKey().length() > 1))) {
                position = at;
                found = word.getValue();
            }
        }
        if (found != null) return found;
        for (var word : KIND_WORDS.entrySet()) {
            if (word.getKey().length() > 1 && before.endsWith(word.getKey())) return word.getValue();
        }
        return null;
    }

    private static TextSpan substringIn(Normalized text, String piece) {
        int at = text.text().indexOf(piece);
        return at < 0 ? null : text.originalSpan(at, at + piece.length());
    }

    private static TextSpan wordIn(String original, String word) {
        String lower = original.toLowerCase(Locale.ROOT);
        for (int at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1)) {
            boolean startOk = at == 0 || !isAsciiWordChar(lower.charAt(at - 1));
            int end = at + word.length();
            boolean endOk = end == lower.length() || !isAsciiWordChar(lower.charAt(end));
            if (startOk && endOk) return new TextSpan(at, end);
        }
        return null;
    }

    private static boolean isAsciiWordChar(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }
}
