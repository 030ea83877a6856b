package io.adcopilot.agent.nlu.bio;

import java.util.List;

/**
 * One utterance of a BIO data set: its tokens, one tag per token, and its intent label (any string, empty when
 * only the tags matter).
 */
public record BioSentence(List<String> tokens, List<String> tags, String intent) {

    public BioSentence {
        tokens = List.copyOf(tokens);
        tags = List.copyOf(tags);
        if (tokens.size() != tags.size()) {
            throw new IllegalArgumentException(tokens.size() + " tokens but " + tags.size() + " tags: " + tokens);
        }
    }

    public int size() {
        return tokens.size();
    }
}
