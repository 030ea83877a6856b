package io.adcopilot.agent.nlu.bio.intent;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class TemperatureScalingTest {

    @Test
    void coolsOverconfidentScoresAndFindsTheLossMinimum() {
        // scores of 10 against 0, right three times in four: the calibrated probability of the top label is 0.75
        List<double[]> scores = new ArrayList<>();
        int[] gold = new int[400];
        for (int i = 0; i < gold.length; i++) {
            scores.add(new double[] {10, 0});
            gold[i] = i % 4 == 0 ? 1 : 0;
        }

        double temperature = TemperatureScaling.fit(scores, gold);

        double top = SoftmaxRegression.softmax(new double[] {10, 0}, temperature)[0];
        assertThat(top).isCloseTo(0.75, within(1e-4));
        assertThat(temperature).isGreaterThan(1);
        assertThat(TemperatureScaling.loss(scores, gold, temperature))
                .isLessThan(TemperatureScaling.loss(scores, gold, temperature * 1.1))
                .isLessThan(TemperatureScaling.loss(scores, gold, temperature / 1.1));
    }

    @Test
    void noDataMeansNoChange() {
        assertThat(TemperatureScaling.fit(List.of(), new int[0])).isEqualTo(1.0);
    }
}
