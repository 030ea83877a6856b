package io.adcopilot.agent.nlu.embedded;

import io.adcopilot.agent.nlu.amount.AmountMention;
import io.adcopilot.agent.nlu.entity.EntityLinker;
import io.adcopilot.agent.nlu.lexicon.LexiconMatch;
import io.adcopilot.agent.nlu.time.TimeMentions;
import java.util.List;
import java.util.Optional;

/**
 * Everything the extractors found in one utterance, before its intent is known: entity mentions, time, an amount,
 * lexicon phrases, and cues for the classifier (which kinds of things were said).
 */
record Analysis(String text, List<EntityLinker.Mention> mentions, TimeMentions time, Optional<AmountMention> amount,
                List<LexiconMatch> phrases, boolean followUp, boolean pronoun, List<String> cues) {

    List<LexiconMatch> phrases(String slot) {
        return phrases.stream().filter(p -> p.slot().equals(slot)).toList();
    }

    List<String> values(String slot) {
        return phrases(slot).stream().map(LexiconMatch::value).distinct().toList();
    }
}
