package io.adcopilot.eval.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Wilson score intervals against the published examples of Newcombe (1998), Table I, method 3. */
class WilsonTest {

    private static void assertInterval(Interval i, double low, double high) {
        assertThat(i.low()).isCloseTo(low, within(5e-5));
        assertThat(i.high()).isCloseTo(high, within(5e-5));
    }

    @Test
    void newcombesExamples() {
        assertInterval(Wilson.interval95(81, 263), 0.2553, 0.3662);
        assertInterval(Wilson.interval95(15, 148), 0.0624, 0.1605);
        assertInterval(Wilson.interval95(0, 20), 0.0000, 0.1611);
        assertInterval(Wilson.interval95(1, 29), 0.0061, 0.1718);
    }

    @Test
    void otherLevels() {
        // 99%: z = 2.5758293; worked out with the same formula by hand
        assertInterval(Wilson.interval(81, 263, 2.5758293035489), 0.2401, 0.3853);
        assertThat(Wilson.interval(81, 263, 1.0).contains(81.0 / 263)).isTrue();
        Interval wide = Wilson.interval95(81, 263);
        Interval narrow = Wilson.interval(81, 263, 1.0);
        assertThat(narrow.low()).isGreaterThan(wide.low());
        assertThat(narrow.high()).isLessThan(wide.high());
    }

    @Test
    void edges() {
        assertThat(Wilson.interval95(0, 0)).isEqualTo(new Interval(0, 1));
        assertThat(Wilson.interval95(20, 20).high()).isCloseTo(1.0, within(1e-12));
        assertInterval(Wilson.interval95(20, 20), 1 - 0.1611, 1.0);
        assertThatThrownBy(() -> Wilson.interval95(3, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Wilson.interval(1, 2, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
