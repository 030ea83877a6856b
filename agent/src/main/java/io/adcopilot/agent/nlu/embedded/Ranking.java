package io.adcopilot.agent.nlu.embedded;

import io.adcopilot.agent.nlu.lexicon.LexiconMatch;
import io.adcopilot.agent.nlu.slot.Order;
import io.adcopilot.agent.nlu.text.ChineseNumbers;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ranking said in an utterance: the order (which metric, which direction) and a row limit. "最高/top/highest"
 * rank descending, "最低/lowest" ascending; "最好/best" and "最差/worst" depend on whether a metric is a cost (lower is
 * better for cost, cpc, cpm, cpa). A singular "哪个计划/which campaign" with a superlative means one row.
 */
final class Ranking {

    private static final Set<String> COSTS = Set.of("cost", "cpc", "cpm", "cpa");
    private static final Pattern HIGH = Pattern.compile("最高|最多|最大|最贵|最快|(?i)\\b(top|highest|most|largest|biggest|greatest)\\b");
    private static final Pattern LOW = Pattern.compile("最低|最少|最小|最便宜|倒数|(?i)\\b(lowest|least|fewest|smallest|cheapest|bottom)\\b");
    private static final Pattern BEST = Pattern.compile("最好|最优|(?i)\\b(best)\\b");
    private static final Pattern WORST = Pattern.compile("最差|最烂|(?i)\\b(worst)\\b");
    private static final Pattern RANK = Pattern.compile("排名|排行|从高到低|由高到低|(?i)\\b(rank|ranked|ranking|sorted)\\b");
    private static final Pattern RISING = Pattern.compile("从低到高|由低到高|(?i)\\b(ascending)\\b");
    private static final Pattern LIMIT = Pattern.compile(
            "(?:前|top\\s*|bottom\\s*|倒数)\\s*([0-9]+|[一二两三四五六七八九十]+)|([0-9]+|[一二两三四五六七八九十]+)\\s*(?:个|名|条|家|款)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SINGULAR = Pattern.compile("哪个|哪一个|哪条|(?i)\\bwhich\\s+(campaign|ad group|creative|region|province|device|one)\\b(?!s)");

    private static final java.util.Map<String, Pattern> RANKED = new java.util.LinkedHashMap<>();

    static {
        RANKED.put("campaign", Pattern.compile("计划|(?i)\\bcampaigns?\\b"));
        RANKED.put("ad_group", Pattern.compile("广告组|(?<!广告)组|(?i)\\bad ?groups?\\b"));
        RANKED.put("creative", Pattern.compile("创意|素材|(?i)\\b(creatives?|ads)\\b"));
        RANKED.put("region", Pattern.compile("省份|省|地区|地域|(?i)\\b(regions?|provinces?)\\b"));
        RANKED.put("device", Pattern.compile("设备|(?i)\\b(devices?|platforms?)\\b"));
        RANKED.put("age", Pattern.compile("年龄段|年龄|(?i)\\b(age groups?|age brackets?)\\b"));
        RANKED.put("gender", Pattern.compile("性别|(?i)\\bgenders?\\b"));
    }

    /** The order, the limit, and what is ranked ("最高的三个计划" ranks campaigns). */
    record Said(Optional<Order> order, Optional<Integer> limit, Optional<String> ranked) {}

    private Ranking() {}

    static Said in(String text, List<LexiconMatch> metrics, List<io.adcopilot.agent.nlu.text.TextSpan> names) {
        String direction = null;
        int at = -1;
        Matcher m;
        if ((m = HIGH.matcher(text)).find()) {
            direction = "desc";
            at = m.start();
        } else if ((m = LOW.matcher(text)).find()) {
            direction = "asc";
            at = m.start();
        } else if ((m = RISING.matcher(text)).find()) {
            direction = "asc";
            at = m.start();
        } else if ((m = RANK.matcher(text)).find()) {
            direction = "desc";
            at = m.start();
        }
        boolean best = false;
        boolean worst = false;
        if (direction == null && (m = BEST.matcher(text)).find()) {
            best = true;
            at = m.start();
        } else if (direction == null && (m = WORST.matcher(text)).find()) {
            worst = true;
            at = m.start();
        }
        if (direction == null && !best && !worst) return new Said(Optional.empty(), Optional.empty(), Optional.empty());
        String metric = nearest(metrics, at);
        if (metric == null) return new Said(Optional.empty(), limit(text, false), Optional.empty());
        if (best) direction = COSTS.contains(metric) ? "asc" : "desc";
        if (worst) direction = COSTS.contains(metric) ? "desc" : "asc";
        return new Said(Optional.of(new Order(metric, direction)), limit(text, true), ranked(text, at, names));
    }

    /** The kind of row ranked: the first such noun after the superlative, else the last one before it. */
    private static Optional<String> ranked(String text, int at, List<io.adcopilot.agent.nlu.text.TextSpan> names) {
        String after = null;
        int afterAt = Integer.MAX_VALUE;
        String before = null;
        int beforeAt = -1;
        for (var e : RANKED.entrySet()) {
            Matcher m = e.getValue().matcher(text);
            while (m.find()) {
                var span = new io.adcopilot.agent.nlu.text.TextSpan(m.start(), m.end());
                if (names.stream().anyMatch(span::overlaps)) continue;
                if (m.start() >= at && m.start() < afterAt) {
                    afterAt = m.start();
                    after = e.getKey();
                } else if (m.start() < at && m.start() > beforeAt) {
                    beforeAt = m.start();
                    before = e.getKey();
                }
            }
        }
        return Optional.ofNullable(after != null ? after : before);
    }

    private static Optional<Integer> limit(String text, boolean superlative) {
        Matcher m = LIMIT.matcher(text);
        while (m.find()) {
            String number = m.group(1) != null ? m.group(1) : m.group(2);
            Optional<BigDecimal> value = ChineseNumbers.parse(number);
            if (value.isPresent() && value.get().intValue() > 0 && value.get().intValue() <= 1000) {
                return Optional.of(value.get().intValue());
            }
        }
        if (superlative && SINGULAR.matcher(text).find()) return Optional.of(1);
        return Optional.empty();
    }

    /** The metric said closest to the superlative (ties go to the one before it). */
    private static String nearest(List<LexiconMatch> metrics, int at) {
        String best = null;
        int distance = Integer.MAX_VALUE;
        for (LexiconMatch m : metrics) {
            int d = m.span().end() <= at ? at - m.span().end() : m.span().start() - at;
            if (d < distance || (d == distance && m.span().end() <= at)) {
                distance = d;
                best = m.value();
            }
        }
        return best;
    }
}
