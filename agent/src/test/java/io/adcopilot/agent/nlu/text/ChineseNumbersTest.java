package io.adcopilot.agent.nlu.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChineseNumbersTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            七        | 7
            十        | 10
            十五      | 15
            二十      | 20
            三十      | 30
            两        | 2
            三百      | 300
            一百二十  | 120
            一百二    | 120
            三百五    | 350
            一千      | 1000
            五千      | 5000
            两千五    | 2500
            一千零五  | 1005
            一万      | 10000
            一万二    | 12000
            一万二千五 | 12500
            十万      | 100000
            1万2      | 12000
            1.2万     | 12000
            0.5万     | 5000
            12万5     | 125000
            一点五    | 1.5
            一点五万  | 15000
            二〇二五  | 2025
            5,000     | 5000
            0.2       | 0.2
            """)
    void reads(String numeral, String value) {
        BigDecimal read = ChineseNumbers.parse(numeral).orElseThrow();
        assertThat(read).isEqualByComparingTo(value);
        assertThat(read.toString()).as("plain form").isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "预算", "五千块", "abc", "一点"})
    void refusesWhatIsNotANumeral(String text) {
        assertThat(ChineseNumbers.parse(text)).isEmpty();
    }
}
