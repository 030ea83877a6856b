package io.adcopilot.eval.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Exact McNemar p-values, checked against the binomial sums worked out by hand (and R's binom.test). */
class McNemarTest {

    @Test
    void knownValues() {
        // b=1, c=9: 2·(C(10,0)+C(10,1))/2^10 = 2·11/1024
        assertThat(McNemar.exactPValue(1, 9)).isCloseTo(22.0 / 1024, within(1e-12));
        assertThat(McNemar.exactPValue(1, 9)).isCloseTo(0.02148, within(5e-6));
        // b=2, c=8: 2·(1+10+45)/1024 = 0.109375, as binom.test(2, 10) gives
        assertThat(McNemar.exactPValue(2, 8)).isCloseTo(0.109375, within(1e-12));
        // b=6, c=0: 2/64
        assertThat(McNemar.exactPValue(6, 0)).isCloseTo(0.03125, within(1e-12));
        assertThat(McNemar.exactPValue(0, 5)).isCloseTo(0.0625, within(1e-12));
    }

    @Test
    void symmetricAndCappedAtOne() {
        assertThat(McNemar.exactPValue(9, 1)).isEqualTo(McNemar.exactPValue(1, 9));
        assertThat(McNemar.exactPValue(5, 5)).isEqualTo(1.0);
        // b=3, c=2: 2·(1+5+10)/32 is exactly 1
        assertThat(McNemar.exactPValue(3, 2)).isEqualTo(1.0);
        assertThat(McNemar.exactPValue(0, 0)).isEqualTo(1.0);
        assertThat(McNemar.exactPValue(0, 1)).isEqualTo(1.0);
    }

    @Test
    void largeCountsDoNotUnderflow() {
        // exact values from Python's fractions: 2·Σ C(n,i) / 2^n
        assertThat(McNemar.exactPValue(300, 400)).isCloseTo(0.00017847631448562445, within(1e-12));
        assertThat(McNemar.exactPValue(1500, 1600)).isCloseTo(0.07537169707532781, within(1e-10));
        assertThat(McNemar.exactPValue(10, 3000)).isBetween(0.0, 1e-300);
        // beyond the integer path, in log space
        assertThat(McNemar.exactPValue(6000, 6300)).isCloseTo(0.0070155184820324245, within(1e-9));
        assertThat(McNemar.exactPValue(6000, 6001)).isEqualTo(1.0);
    }

    @Test
    void carriesItsCounts() {
        McNemar t = McNemar.test(3, 1);
        assertThat(t.b()).isEqualTo(3);
        assertThat(t.c()).isEqualTo(1);
        assertThat(t.discordant()).isEqualTo(4);
        assertThat(t.pValue()).isCloseTo(2 * 5.0 / 16, within(1e-12));
        assertThatThrownBy(() -> McNemar.test(-1, 2)).isInstanceOf(IllegalArgumentException.class);
    }
}
