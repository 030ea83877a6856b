package io.adcopilot.agent.nlu.bio.tagger;

import io.adcopilot.agent.nlu.bio.BioSentence;
import io.adcopilot.agent.nlu.bio.Span;
import io.adcopilot.agent.nlu.bio.SpanScorer;
import io.adcopilot.agent.nlu.bio.Spans;
import io.adcopilot.agent.nlu.bio.SyntheticBio;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SequenceTaggerTest {

    private static final TaggerOptions FAST = TaggerOptions.defaults().withEpochs(5).withEnsembleSize(2);
    private static final List<String> NEW_CITIES = List.of("oslo", "cape town", "lima");

    @Test
    void learnsSlotsAndTagsUnseenValuesByTheirContext() {
        SequenceTagger tagger = SequenceTagger.train(
                SyntheticBio.sentences(300, 1, SyntheticBio.TRAIN_CITIES, SyntheticBio.TRAIN_ARTISTS, false), FAST);

        assertThat(tagger.tag(words("i want a flight from boston to denver")))
                .containsExactly("O", "O", "O", "O", "O", "B-fromloc", "O", "B-toloc");
        assertThat(tagger.tag(words("i want a flight from oslo to cape town")))
                .containsExactly("O", "O", "O", "O", "O", "B-fromloc", "O", "B-toloc", "I-toloc");
        assertThat(slotF1(tagger, SyntheticBio.sentences(100, 2, NEW_CITIES, SyntheticBio.TRAIN_ARTISTS, false)))
                .isGreaterThan(0.9);
    }

    @Test
    void learnsBioesTags() {
        SequenceTagger tagger = SequenceTagger.train(
                SyntheticBio.sentences(300, 3, SyntheticBio.TRAIN_CITIES, SyntheticBio.TRAIN_ARTISTS, true), FAST);

        assertThat(tagger.tag(words("play some songs by miles davis")))
                .containsExactly("O", "O", "O", "O", "B-artist", "E-artist");
        assertThat(tagger.tag(words("show flights to salt lake city leaving miami")))
                .containsExactly("O", "O", "O", "B-toloc", "I-toloc", "E-toloc", "O", "S-fromloc");
        assertThat(slotF1(tagger, SyntheticBio.sentences(100, 4, NEW_CITIES, SyntheticBio.TRAIN_ARTISTS, true)))
                .isGreaterThan(0.9);
    }

    @Test
    void givesOnlyWellMadeSpansEvenOnNonsense() {
        SequenceTagger bio = SequenceTagger.train(
                SyntheticBio.sentences(200, 5, SyntheticBio.TRAIN_CITIES, SyntheticBio.TRAIN_ARTISTS, false), FAST);
        SequenceTagger bioes = SequenceTagger.train(
                SyntheticBio.sentences(200, 5, SyntheticBio.TRAIN_CITIES, SyntheticBio.TRAIN_ARTISTS, true), FAST);
        List<String> nonsense = words("to to new york york from by by queen salt lake lake city please please");

        assertWellMade(bio.tag(nonsense), false);
        assertWellMade(bioes.tag(nonsense), true);
        assertThat(bio.tag(List.of())).isEmpty();
        assertThat(bio.tag(words("zzz"))).hasSize(1);
    }

    @Test
    void trainsTheSameModelTwice() {
        List<BioSentence> training =
                SyntheticBio.sentences(200, 6, SyntheticBio.TRAIN_CITIES, SyntheticBio.TRAIN_ARTISTS, false);
        SequenceTagger first = SequenceTagger.train(training, FAST);
        SequenceTagger second = SequenceTagger.train(training, FAST);

        for (BioSentence sentence : SyntheticBio.sentences(50, 7, NEW_CITIES, List.of("nina simone"), false)) {
            assertThat(second.tag(sentence.tokens())).isEqualTo(first.tag(sentence.tokens()));
        }
        assertThat(second.featureCount()).isEqualTo(first.featureCount());
        assertThat(first.tags()).contains("O", "B-fromloc", "I-toloc", "B-artist");
    }

    private static void assertWellMade(List<String> tags, boolean bioes) {
        for (int i = 0; i < tags.size(); i++) {
            String tag = tags.get(i);
            String previous = i == 0 ? "O" : tags.get(i - 1);
            if (tag.startsWith("I-") || tag.startsWith("E-")) {
                assertThat(previous).as("before %s at %d in %s", tag, i, tags)
                        .isIn("B-" + tag.substring(2), "I-" + tag.substring(2));
            }
            if (bioes && (previous.startsWith("B-") || previous.startsWith("I-"))) {
                assertThat(tag).as("after %s at %d in %s", previous, i, tags)
                        .isIn("I-" + previous.substring(2), "E-" + previous.substring(2));
            }
        }
        if (bioes && !tags.isEmpty()) assertThat(tags.get(tags.size() - 1)).doesNotStartWith("B-").doesNotStartWith("I-");
    }

    private static double slotF1(SequenceTagger tagger, List<BioSentence> sentences) {
        SpanScorer scorer = new SpanScorer();
        for (BioSentence sentence : sentences) {
            scorer.add(sentence.tags(), tagger.tag(sentence.tokens()), "", "");
        }
        return scorer.score().slotF1();
    }

    private static List<String> words(String text) {
        return List.of(text.split(" "));
    }
}
