package io.adcopilot.agent.nlu.bio.tagger;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GazetteerTest {

    @Test
    void findsTrainingSlotValuesKeepingOnlyReliableOnes() {
        List<List<String>> tokens = List.of(
                words("fly to New York"),
                words("play the wall"),
                words("play the hits"),
                words("play the news"));
        List<List<String>> tags = List.of(
                words("O O B-city I-city"),
                words("O B-song I-song"),
                words("O O O"),
                words("O B-artist O"));
        Gazetteer gazetteer = Gazetteer.build(tokens, tags, 0.5);

        assertThat(gazetteer.match(words("from new york to the wall")))
                .containsExactly(new Gazetteer.Match(1, 3, "city"), new Gazetteer.Match(4, 6, "song"));
        assertThat(gazetteer.match(words("the")))
                .as("'the' was a slot once in three occurrences").isEmpty();
    }

    private static List<String> words(String text) {
        return List.of(text.split(" "));
    }
}
