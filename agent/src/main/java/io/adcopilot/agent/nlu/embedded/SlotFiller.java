package io.adcopilot.agent.nlu.embedded;

import io.adcopilot.agent.nlu.Frame;
import io.adcopilot.agent.nlu.entity.Entity;
import io.adcopilot.agent.nlu.entity.EntityLinker;
import io.adcopilot.agent.nlu.lexicon.LexiconMatch;
import io.adcopilot.agent.nlu.slot.SlotNames;
import io.adcopilot.agent.nlu.slot.Slots;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Fills an intent's slots from what the extractors found, keeping only the slots that intent takes. */
final class SlotFiller {

    private static final Pattern LIST_WORD = Pattern.compile("哪些|哪几个|几个|列出|列一下|所有|全部|有什么|list|show|which|all|any", Pattern.CASE_INSENSITIVE);

    /** The slots, and the mentions that matched several entities. */
    record Filled(Slots slots, List<Frame.Ambiguity> ambiguities) {}

    private SlotFiller() {}

    static Filled fill(String intent, Analysis a, Set<String> allowed) {
        Map<String, Object> slots = new LinkedHashMap<>();
        List<Frame.Ambiguity> ambiguities = new ArrayList<>();
        for (EntityLinker.Mention m : a.mentions()) {
            String kind = kindFor(intent, m);
            if (kind == null) continue;
            List<Entity> candidates = m.candidates(kind);
            if (candidates.size() > 1) {
                ambiguities.add(new Frame.Ambiguity(a.text().substring(m.span().start(), m.span().end()), kind,
                        candidates.stream().map(e -> new Frame.Candidate(e.id(), e.name())).toList()));
            } else {
                add(slots, kind, candidates.get(0).id());
            }
        }
        List<String> metrics = a.values(SlotNames.METRICS);
        if (!metrics.isEmpty()) {
            slots.put(SlotNames.METRICS, intent.equals("diagnose_change") ? List.of(metrics.get(0)) : metrics);
        }
        for (String slot : List.of(SlotNames.DIMENSIONS, SlotNames.REGION, SlotNames.DEVICE, SlotNames.GENDER, SlotNames.AGE)) {
            List<String> values = a.values(slot);
            if (!values.isEmpty()) slots.put(slot, values);
        }
        a.time().timeRange().ifPresent(r -> slots.put(SlotNames.TIME_RANGE, r));
        a.time().compareTo().ifPresent(r -> slots.put(SlotNames.COMPARE_TO, r));
        if (intent.equals("query_metrics")) {
            Ranking.Said ranking = Ranking.in(a.text(), a.phrases(SlotNames.METRICS),
                    a.mentions().stream().map(EntityLinker.Mention::span).toList());
            ranking.order().ifPresent(o -> slots.put(SlotNames.ORDER, o));
            ranking.limit().ifPresent(l -> slots.put(SlotNames.LIMIT, l));
            ranking.ranked().filter(d -> !slots.containsKey(SlotNames.DIMENSIONS))
                    .ifPresent(d -> slots.put(SlotNames.DIMENSIONS, List.of(d)));
        }
        a.amount().ifPresent(amount -> slots.put(intent.equals("update_bid") ? SlotNames.BID : SlotNames.BUDGET,
                amount.amount()));
        List<String> statuses = a.values(SlotNames.STATUS);
        if (!statuses.isEmpty()) slots.put(SlotNames.STATUS, statuses.get(0));
        entityType(a).ifPresent(t -> slots.put(SlotNames.ENTITY_TYPE, t));
        List<String> reviews = a.values(SlotNames.REVIEW_STATUS);
        if (!reviews.isEmpty()) slots.put(SlotNames.REVIEW_STATUS, reviews.get(0));

        return new Filled(Slots.of(slots).only(allowed), ambiguities);
    }

    /** The kind of entity an intent needs from a mention: a budget is a campaign's, a bid an ad group's. */
    private static String kindFor(String intent, EntityLinker.Mention m) {
        String needed = switch (intent) {
            case "update_budget", "list_entities" -> SlotNames.CAMPAIGN;
            case "update_bid" -> SlotNames.AD_GROUP;
            default -> null;
        };
        if (needed == null) return m.kind();
        return m.candidates(needed).isEmpty() ? null : needed;
    }

    /** The kind of entity a list asks for: the kind word nearest after a list word, else the last one said. */
    private static java.util.Optional<String> entityType(Analysis a) {
        List<LexiconMatch> types = a.phrases(SlotNames.ENTITY_TYPE);
        if (types.isEmpty()) return java.util.Optional.empty();
        var listWord = LIST_WORD.matcher(a.text());
        while (listWord.find()) {
            int at = listWord.end();
            for (LexiconMatch t : types) {
                if (t.span().start() >= at) return java.util.Optional.of(t.value());
            }
        }
        return java.util.Optional.of(types.get(types.size() - 1).value());
    }

    @SuppressWarnings("unchecked")
    private static void add(Map<String, Object> slots, String slot, String id) {
        var list = (List<String>) slots.computeIfAbsent(slot, k -> new ArrayList<String>());
        if (!list.contains(id)) list.add(id);
    }

    /** Whether the slots name any campaign, ad group or creative. */
    static boolean namesEntity(Slots slots) {
        return SlotNames.ENTITIES.stream().anyMatch(slots::has);
    }
}
