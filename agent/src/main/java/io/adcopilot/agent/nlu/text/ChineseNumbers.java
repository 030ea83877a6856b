package io.adcopilot.agent.nlu.text;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Reads numbers written with Chinese numerals, alone or mixed with Arabic digits: 五千, 一万二 (12000), 两千五 (2500),
 * 一百二十, 十五, 一千零五, 一点五, 1万2, 1.2万, 二〇二五. Units up to 万; a single digit right after a unit counts in
 * the next lower unit, as people say it (一万二 is 12000, 两千五 is 2500).
 */
public final class ChineseNumbers {

    /** The characters a Chinese numeral may use, for character classes in patterns. */
    public static final String DIGITS = "零〇一二两三四五六七八九";
    public static final String UNITS = "十百千万";

    private ChineseNumbers() {}

    public static Optional<BigDecimal> parse(String numeral) {
        BigDecimal wan = BigDecimal.ZERO;      // the part already multiplied by 万
        BigDecimal section = BigDecimal.ZERO;  // the part below 万
        BigDecimal pending = null;             // digits not yet followed by a unit
        long lastUnit = 0;
        boolean zeroSinceUnit = false;
        boolean any = false;
        int i = 0;
        while (i < numeral.length()) {
            char c = numeral.charAt(i);
            int digit = digit(c);
            if (c >= '0' && c <= '9') {
                int end = i;
                while (end < numeral.length() && (Character.isDigit(numeral.charAt(end)) || numeral.charAt(end) == '.'
                        || numeral.charAt(end) == ',')) end++;
                pending = new BigDecimal(numeral.substring(i, end).replace(",", ""));
                i = end;
                any = true;
                continue;
            }
            if (digit >= 0) {
                if (digit == 0) zeroSinceUnit = true;
                pending = pending == null ? BigDecimal.valueOf(digit) : pending.multiply(BigDecimal.TEN).add(BigDecimal.valueOf(digit));
                any = true;
            } else if (c == '点') {
                int end = i + 1;
                StringBuilder fraction = new StringBuilder();
                while (end < numeral.length() && digitOrArabic(numeral.charAt(end)) >= 0) {
                    fraction.append(digitOrArabic(numeral.charAt(end)));
                    end++;
                }
                if (fraction.length() == 0) return Optional.empty();
                BigDecimal whole = pending == null ? BigDecimal.ZERO : pending;
                pending = whole.add(new BigDecimal("0." + fraction));
                i = end;
                continue;
            } else if (c == '十' || c == '百' || c == '千') {
                long unit = c == '十' ? 10 : c == '百' ? 100 : 1000;
                section = section.add((pending == null ? BigDecimal.ONE : pending).multiply(BigDecimal.valueOf(unit)));
                pending = null;
                lastUnit = unit;
                zeroSinceUnit = false;
                any = true;
            } else if (c == '万') {
                BigDecimal below = section.add(pending == null ? BigDecimal.ZERO : pending);
                if (below.signum() == 0) below = BigDecimal.ONE;
                wan = wan.add(below.multiply(BigDecimal.valueOf(10_000)));
                section = BigDecimal.ZERO;
                pending = null;
                lastUnit = 10_000;
                zeroSinceUnit = false;
                any = true;
            } else {
                return Optional.empty();
            }
            i++;
        }
        if (!any) return Optional.empty();
        if (pending != null) {
            boolean abbreviated = lastUnit >= 100 && !zeroSinceUnit && isSingleDigit(pending)
                    && endsWithDigitAfterUnit(numeral);
            section = section.add(abbreviated ? pending.multiply(BigDecimal.valueOf(lastUnit / 10)) : pending);
        }
        return Optional.of(plain(wan.add(section)));
    }

    /** The value without trailing zeros and never in exponent form (12000, not 1.2E+4). */
    public static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static boolean isSingleDigit(BigDecimal value) {
        return value.scale() <= 0 && value.compareTo(BigDecimal.TEN) < 0;
    }

    private static boolean endsWithDigitAfterUnit(String numeral) {
        int n = numeral.length();
        return n >= 2 && UNITS.indexOf(numeral.charAt(n - 2)) >= 0;
    }

    private static int digitOrArabic(char c) {
        return c >= '0' && c <= '9' ? c - '0' : digit(c);
    }

    private static int digit(char c) {
        switch (c) {
            case '零': case '〇': return 0;
            case '一': return 1;
            case '二': case '两': return 2;
            case '三': return 3;
            case '四': return 4;
            case '五': return 5;
            case '六': return 6;
            case '七': return 7;
            case '八': return 8;
            case '九': return 9;
            default: return -1;
        }
    }
}
