package io.adcopilot.agent.nlu.amount;

import static org.assertj.core.api.Assertions.assertThat;

import io.adcopilot.agent.nlu.slot.Amount;
import io.adcopilot.agent.nlu.text.TextSpan;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AmountParserTest {

    @ParameterizedTest(name = "{0} -> {1} {2} {3}")
    @CsvSource(delimiter = '|', textBlock = """
            把双十一大促-拉新的预算提高到10000                      | SET      | 10000 | CNY
            预算提高到5000                                         | SET      | 5000  | CNY
            预算提升到5000元                                       | SET      | 5000  | CNY
            预算增加到6000                                         | SET      | 6000  | CNY
            预算加到6000                                           | SET      | 6000  | CNY
            预算调到3000                                           | SET      | 3000  | CNY
            预算调整到3000                                         | SET      | 3000  | CNY
            老客召回的预算调成五千                                  | SET      | 5000  | CNY
            预算改成8000                                           | SET      | 8000  | CNY
            出价改为12                                             | SET      | 12    | CNY
            预算设为5k                                             | SET      | 5000  | CNY
            预算设置为1.5w                                         | SET      | 15000 | CNY
            预算设成一万                                           | SET      | 10000 | CNY
            把拉新-相似人群扩展的出价降到45                          | SET      | 45    | CNY
            出价降低到40                                           | SET      | 40    | CNY
            预算减到2000                                           | SET      | 2000  | CNY
            出价下调到30                                           | SET      | 30    | CNY
            把它的预算提高到1.2万                                   | SET      | 12000 | CNY
            提高预算到5000                                         | SET      | 5000  | CNY
            把出价从40提高到45                                      | SET      | 45    | CNY
            预算8000                                              | SET      | 8000  | CNY
            日预算是3000                                           | SET      | 3000  | CNY
            Set App Install - iOS daily budget to 12k              | SET      | 12000 | CNY
            lower the bid on Holiday - whales to 130               | SET      | 130   | CNY
            change the budget to ¥5,000                            | SET      | 5000  | CNY
            set the bid to 2.5                                     | SET      | 2.5   | CNY
            budget 8000                                            | SET      | 8000  | CNY
            日常店铺引流预算加500                                   | INCREASE | 500   | CNY
            预算提高500                                            | INCREASE | 500   | CNY
            预算增加500块                                          | INCREASE | 500   | CNY
            出价提升0.5元                                          | INCREASE | 0.5   | CNY
            引流-通投出价提高0.2元                                  | INCREASE | 0.2   | CNY
            出价上调10%                                            | INCREASE | 10    | PERCENT
            预算多加一千                                           | INCREASE | 1000  | CNY
            英语启蒙那个计划预算再加一千块                           | INCREASE | 1000  | CNY
            预算加两千五                                           | INCREASE | 2500  | CNY
            预算加1万2                                             | INCREASE | 12000 | CNY
            预算增加0.5万                                          | INCREASE | 5000  | CNY
            预算加5000块钱                                         | INCREASE | 5000  | CNY
            预算加10000 CNY                                        | INCREASE | 10000 | CNY
            出价提高十五                                           | INCREASE | 15    | CNY
            预算加一百二十                                         | INCREASE | 120   | CNY
            预算提高百分之二十                                      | INCREASE | 20    | PERCENT
            预算提高20个点                                         | INCREASE | 20    | PERCENT
            提高预算500                                            | INCREASE | 500   | CNY
            Increase the budget of Spring Sale - Prospecting by 15% | INCREASE | 15    | PERCENT
            Raise the bid for Broad - iOS by 10%                   | INCREASE | 10    | PERCENT
            increase budget by 5,000                               | INCREASE | 5000  | CNY
            add 500 to the budget                                  | INCREASE | 500   | CNY
            bid up by 2                                            | INCREASE | 2     | CNY
            品牌词保护的日预算降低20%                                | DECREASE | 20    | PERCENT
            预算减少三百                                           | DECREASE | 300   | CNY
            出价下调5块                                            | DECREASE | 5     | CNY
            召回-高价值老客出价下调5块                               | DECREASE | 5     | CNY
            预算减1000                                             | DECREASE | 1000  | CNY
            预算砍掉2000                                           | DECREASE | 2000  | CNY
            出价降5毛                                              | DECREASE | 0.5   | CNY
            出价提高两块五                                          | INCREASE | 2.5   | CNY
            出价改成1块5                                           | SET      | 1.5   | CNY
            出价降低百分之十                                        | DECREASE | 10    | PERCENT
            出价降低5个点                                          | DECREASE | 5     | PERCENT
            cut Holiday Promo 2026 budget by 1000                  | DECREASE | 1000  | CNY
            lower the bid by 10%                                   | DECREASE | 10    | PERCENT
            decrease the budget by 500                             | DECREASE | 500   | CNY
            reduce budget by 20 percent                            | DECREASE | 20    | PERCENT
            budget down by 1k                                      | DECREASE | 1000  | CNY
            少儿编程-表单获客的预算翻倍                              | INCREASE | 100   | PERCENT
            预算加倍                                               | INCREASE | 100   | PERCENT
            预算提高一倍                                           | INCREASE | 100   | PERCENT
            double the budget                                      | INCREASE | 100   | PERCENT
            预算减半                                               | DECREASE | 50    | PERCENT
            预算砍一半                                             | DECREASE | 50    | PERCENT
            出价降一半                                             | DECREASE | 50    | PERCENT
            halve the bid                                          | DECREASE | 50    | PERCENT
            cut the budget in half                                 | DECREASE | 50    | PERCENT
            reduce the budget by half                              | DECREASE | 50    | PERCENT
            """)
    void reads(String text, Amount.Op op, String value, Amount.Unit unit) {
        Amount amount = AmountParser.parse(text, List.of()).orElseThrow(() -> new AssertionError("nothing in " + text))
                .amount();
        assertThat(amount.op()).as("op of %s", text).isEqualTo(op);
        assertThat(amount.value().toPlainString()).as("value of %s", text).isEqualTo(value);
        assertThat(amount.value().toString()).as("plain form of %s", text).isEqualTo(value);
        assertThat(amount.unit()).as("unit of %s", text).isEqualTo(unit);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"花费最多的5个广告组是哪些", "最近7天的点击率", "5,000", "预算提高一下", "你好", "ROI最高的三个计划",
            "停掉引流-通投-创意2", "24到30岁人群的点击成本怎么样", "最近30天预算花了多少", "Top 5 campaigns by revenue this month", "把预算提高一些", "double-check the budget", "raise the budget by 5pm", "预算花不出去一般是什么原因"})
    void noChangeSaidIsNothingFound(String text) {
        assertThat(AmountParser.parse(text, List.of())).isEmpty();
    }

    @Test
    void theSpanIsTheValueAsSaid() {
        String text = "预算提高到1.2万元";
        AmountMention found = AmountParser.parse(text, List.of()).orElseThrow();
        assertThat(text.substring(found.span().start(), found.span().end())).isEqualTo("1.2万元");
    }

    @Test
    void aVerbBeatsABareNoun() {
        Amount amount = AmountParser.parse("预算5000改成8000", List.of()).orElseThrow().amount();
        assertThat(amount.value().toPlainString()).isEqualTo("8000");
    }

    @Test
    void aVerbInAnotherClauseIsNotTheValuesVerb() {
        assertThat(AmountParser.parse("预算提高一下，目前3000", List.of())).isEmpty();
    }

    @Test
    void numbersInBlockedSpansAreIgnored() {
        String campaign = "预算调成618返场测试的水平";
        assertThat(AmountParser.parse(campaign, List.of())).as("unblocked, 618 reads as a value").isPresent();
        assertThat(AmountParser.parse(campaign, List.of(span(campaign, "618返场测试")))).isEmpty();

        String date = "预算调成11月1日的水平";
        assertThat(AmountParser.parse(date, List.of(span(date, "11月1日")))).isEmpty();

        String group = "LAL 3%出价提高到5";
        Amount amount = AmountParser.parse(group, List.of(span(group, "LAL 3%"))).orElseThrow().amount();
        assertThat(amount).isEqualTo(new Amount(Amount.Op.SET, amount.value(), Amount.Unit.CNY));
        assertThat(amount.value().toPlainString()).isEqualTo("5");

        String adGroup = "拉新-女性25-34-一线城市出价加3块";
        Amount raised = AmountParser.parse(adGroup, List.of(span(adGroup, "拉新-女性25-34-一线城市"))).orElseThrow().amount();
        assertThat(raised.op()).isEqualTo(Amount.Op.INCREASE);
        assertThat(raised.value().toPlainString()).isEqualTo("3");
    }

    @Test
    void aParseTakesMicroseconds() {
        String text = "把双十一大促-拉新的预算提高到1.2万元";
        int runs = 2_000;
        for (int i = 0; i < runs; i++) AmountParser.parse(text, List.of());
        long start = System.nanoTime();
        for (int i = 0; i < runs; i++) AmountParser.parse(text, List.of());
        assertThat((System.nanoTime() - start) / 1_000 / runs).isLessThan(500);
    }

    private static TextSpan span(String text, String part) {
        int start = text.indexOf(part);
        return new TextSpan(start, start + part.length());
    }
}
