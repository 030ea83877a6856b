package io.adcopilot.agent.nlu.amount;

import io.adcopilot.agent.nlu.slot.Amount;
import io.adcopilot.agent.nlu.text.AsciiPatterns;
import io.adcopilot.agent.nlu.text.ChineseNumbers;
import io.adcopilot.agent.nlu.text.TextSpan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the numbers of an utterance that can be money or a percentage: Arabic numbers with decimals and thousands
 * separators, 万/千/w/k multipliers, Chinese numerals, currency signs and units (元, 块, 5毛 = 0.5, 两块五 = 2.5),
 * percentages (20%, 百分之二十, 20个点, 一成 = 10%, 一成半 = 15%), and 一半 / 一倍 / half as percentages.
 */
final class SaidValues {

    private static final String CHINESE_RUN = "[" + ChineseNumbers.DIGITS + ChineseNumbers.UNITS + "]+(?:点["
            + ChineseNumbers.DIGITS + "]+)?[万千]?";
    /** Chinese numerals that are words, not numbers: 一下, 一些, 一共, 一起, 一直, 一样, 一般, 一致, 一定, 一线, 三个计划. */
    private static final String NOT_A_WORD = "(?![下些共起直样般致定线级点半倍]|个(?!(?:百分)?点))";
    private static final String ARABIC = "(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?(?:[万千百](?:\\d(?![\\d.]))?)?";
    private static final Pattern VALUE = AsciiPatterns.compile(
            "百分之(?<percentOf>[\\d.点" + ChineseNumbers.DIGITS + ChineseNumbers.UNITS + "]+)"
                    + "|(?<half>一半|\\<half\\>)|(?<once>一倍)"
                    + "|(?<tenths>[一二两三四五六七八九])成(?<andHalf>半)?(?![本交功员都了为果绩])"
                    + "|(?<![A-Za-z0-9_.])(?:[¥￥$]\\s*)?"
                    + "(?:(?<arabic>" + ARABIC + ")|(?<chinese>" + CHINESE_RUN + ")" + NOT_A_WORD + ")"
                    + "(?<multiplier>\\s*[wk](?![A-Za-z]))?"
                    + "(?:\\s*(?<percent>%|％|个百分点|个点|\\<percent\\>|\\<pct\\>)"
                    + "|\\s*(?<jiao>毛钱|毛|角)"
                    + "|\\s*(?:块|元)(?<jiaoAfter>[\\d" + ChineseNumbers.DIGITS + "])(?![\\d" + ChineseNumbers.UNITS + "])"
                    + "|\\s*(?:块钱|块|元|人民币|\\<cny\\>|\\<rmb\\>|\\<yuan\\>))?"
                    + "(?![A-Za-z\\d]|\\s*(?:岁|天|日|号|月|年|周|星期|小时|分钟|秒|次|人|家|条|组|位|名|个(?!(?:百分)?点)))");

    private SaidValues() {}

    static List<SaidValue> find(String text) {
        List<SaidValue> found = new ArrayList<>();
        Matcher m = VALUE.matcher(text);
        while (m.find()) {
            TextSpan span = new TextSpan(m.start(), m.end());
            if (m.group("half") != null) {
                found.add(new SaidValue(span, BigDecimal.valueOf(50), Amount.Unit.PERCENT));
            } else if (m.group("once") != null) {
                found.add(new SaidValue(span, BigDecimal.valueOf(100), Amount.Unit.PERCENT));
            } else if (m.group("tenths") != null) {
                BigDecimal tenths = ChineseNumbers.parse(m.group("tenths")).orElseThrow().multiply(BigDecimal.TEN);
                if (m.group("andHalf") != null) tenths = tenths.add(BigDecimal.valueOf(5));
                found.add(new SaidValue(span, tenths, Amount.Unit.PERCENT));
            } else if (m.group("percentOf") != null) {
                ChineseNumbers.parse(m.group("percentOf"))
                        .ifPresent(v -> found.add(new SaidValue(span, v, Amount.Unit.PERCENT)));
            } else {
                String number = m.group("arabic") != null ? m.group("arabic") : m.group("chinese");
                ChineseNumbers.parse(number).ifPresent(v -> found.add(new SaidValue(span, money(v, m),
                        m.group("percent") != null ? Amount.Unit.PERCENT : Amount.Unit.CNY)));
            }
        }
        return found;
    }

    /** The number with its multiplier: 1.5w, 5k, 5毛 (0.5), 两块五 (2.5). */
    private static BigDecimal money(BigDecimal number, Matcher m) {
        BigDecimal value = number.multiply(multiplier(m.group("multiplier")));
        if (m.group("jiao") != null) value = value.movePointLeft(1);
        if (m.group("jiaoAfter") != null) {
            value = value.add(ChineseNumbers.parse(m.group("jiaoAfter")).orElseThrow().movePointLeft(1));
        }
        return ChineseNumbers.plain(value);
    }

    private static BigDecimal multiplier(String said) {
        if (said == null) return BigDecimal.ONE;
        return said.trim().equalsIgnoreCase("w") ? BigDecimal.valueOf(10_000) : BigDecimal.valueOf(1_000);
    }
}
