package io.adcopilot.agent.nlu.bio.intent;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The features of an utterance for intent classification: its (lower-cased) word unigrams, bigrams and trigrams,
 * with the utterance boundaries, and the character n-grams of each longer word, so that unseen inflections and
 * compounds still share features with the training words. For one-character tokens (Chinese) the word n-grams
 * are the character n-grams.
 */
final class IntentFeatures {

    private static final int MAX_CHAR_GRAM = 4;

    private IntentFeatures() {
    }

    static List<String> of(List<String> tokens) {
        List<String> words = new ArrayList<>(tokens.size() + 2);
        words.add("<s>");
        for (String token : tokens) words.add(token.toLowerCase(Locale.ROOT));
        words.add("</s>");
        Set<String> features = new LinkedHashSet<>();
        features.add("bias");
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (i > 0 && i < words.size() - 1) features.add("u=" + word);
            if (i > 0) features.add("b=" + words.get(i - 1) + '|' + word);
            if (i > 1) features.add("t=" + words.get(i - 2) + '|' + words.get(i - 1) + '|' + word);
        }
        for (String token : words.subList(1, words.size() - 1)) {
            if (token.length() < 3) continue;
            String marked = '<' + token + '>';
            for (int n = 3; n <= MAX_CHAR_GRAM; n++) {
                for (int start = 0; start + n <= marked.length(); start++) {
                    features.add("c=" + marked.substring(start, start + n));
                }
            }
        }
        return new ArrayList<>(features);
    }
}
