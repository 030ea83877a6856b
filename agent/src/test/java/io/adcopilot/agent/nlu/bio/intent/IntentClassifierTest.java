package io.adcopilot.agent.nlu.bio.intent;

import io.adcopilot.agent.nlu.bio.BioSentence;
import io.adcopilot.agent.nlu.bio.SyntheticBio;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class IntentClassifierTest {

    private static final List<BioSentence> TRAINING =
            SyntheticBio.sentences(200, 1, SyntheticBio.TRAIN_CITIES, SyntheticBio.TRAIN_ARTISTS, false);
    private static final List<BioSentence> VALIDATION =
            SyntheticBio.sentences(50, 2, SyntheticBio.TRAIN_CITIES, SyntheticBio.TRAIN_ARTISTS, false);

    @Test
    void learnsIntentsAndRanksThemWithProbabilitiesSummingToOne() {
        IntentClassifier classifier = IntentClassifier.train(TRAINING, VALIDATION, IntentOptions.defaults());

        IntentPrediction flight = classifier.predict(words("i want a flight from oslo to lima"));
        assertThat(flight.intent()).isEqualTo("flight");
        assertThat(flight.confidence()).isGreaterThan(0.5);
        assertThat(flight.ranking()).extracting(IntentPrediction.ScoredIntent::intent)
                .containsExactlyInAnyOrder("flight", "music");
        assertThat(flight.ranking().stream().mapToDouble(IntentPrediction.ScoredIntent::probability).sum())
                .isCloseTo(1.0, within(1e-9));
        assertThat(classifier.predict(words("put on nina simone please")).intent()).isEqualTo("music");
        assertThat(classifier.intents()).containsExactly("flight", "music");
        assertThat(classifier.temperature()).isPositive();
    }

    @Test
    void isLessSureOfWordsItNeverSaw() {
        IntentClassifier classifier = IntentClassifier.train(TRAINING, VALIDATION, IntentOptions.defaults());

        double known = classifier.predict(words("play some songs by queen")).confidence();
        double unknown = classifier.predict(words("qwerty asdf")).confidence();
        assertThat(unknown).isLessThan(known);
    }

    @Test
    void trainsTheSameModelTwice() {
        IntentClassifier first = IntentClassifier.train(TRAINING, VALIDATION, IntentOptions.defaults());
        IntentClassifier second = IntentClassifier.train(TRAINING, VALIDATION, IntentOptions.defaults());

        for (BioSentence sentence : VALIDATION) {
            assertThat(second.predict(sentence.tokens())).isEqualTo(first.predict(sentence.tokens()));
        }
        assertThat(second.temperature()).isEqualTo(first.temperature());
    }

    @Test
    void withoutValidationDataTheTemperatureStaysOne() {
        IntentClassifier classifier = IntentClassifier.train(TRAINING, IntentOptions.defaults());

        assertThat(classifier.temperature()).isEqualTo(1.0);
        assertThat(classifier.predict(words("show flights to boston leaving denver")).intent()).isEqualTo("flight");
    }

    private static List<String> words(String text) {
        return List.of(text.split(" "));
    }
}
