package io.adcopilot.agent.nlu.time;

import io.adcopilot.agent.nlu.text.ChineseNumbers;

import java.util.List;

/** Small counts in time expressions: 7, 七, 两, 三十, seven, twenty-one, a. */
final class Counts {

    private static final List<String> ONES = List.of("zero", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen");
    private static final List<String> TENS = List.of("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
            "eighty", "ninety");

    /** A Chinese count: Arabic digits or Chinese numerals up to the hundreds. */
    static final String CHINESE = "(?:\\d{1,3}|[" + ChineseNumbers.DIGITS + "十百]{1,4})";

    /** An English count: digits, number words, or "a"/"an". */
    static final String ENGLISH = "(?:\\d{1,3}|an?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ]?(?:one|two|three|four|five|six|seven|eight|nine))?"
            + "|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)";

    private Counts() {}

    static int parse(String said) {
        String word = said.trim().toLowerCase();
        if (word.chars().allMatch(Character::isDigit)) return Integer.parseInt(word);
        if (word.equals("a") || word.equals("an")) return 1;
        int ones = ONES.indexOf(word);
        if (ones >= 0) return ones;
        String[] parts = word.split("[- ]");
        int tens = TENS.indexOf(parts[0]);
        if (tens >= 2) return tens * 10 + (parts.length > 1 ? ONES.indexOf(parts[1]) : 0);
        return ChineseNumbers.parse(said).orElseThrow(() -> new IllegalArgumentException("not a count: " + said))
                .intValueExact();
    }
}
