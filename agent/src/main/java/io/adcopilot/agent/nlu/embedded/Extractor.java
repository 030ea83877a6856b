package io.adcopilot.agent.nlu.embedded;

import io.adcopilot.agent.nlu.amount.AmountMention;
import io.adcopilot.agent.nlu.amount.AmountParser;
import io.adcopilot.agent.nlu.entity.EntityCatalog;
import io.adcopilot.agent.nlu.entity.EntityLinker;
import io.adcopilot.agent.nlu.lexicon.Lexicon;
import io.adcopilot.agent.nlu.lexicon.LexiconMatch;
import io.adcopilot.agent.nlu.text.TextSpan;
import io.adcopilot.agent.nlu.time.TimeMentions;
import io.adcopilot.agent.nlu.time.TimeParser;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Runs the extractors over an utterance in an order that keeps them from reading each other's words: entity names
 * first (so "双十一大促-拉新" is not a date and "召回-30天加购未付款" not a time range), then time expressions, then
 * the amount, then lexicon phrases over what is left.
 */
final class Extractor {

    private static final Set<String> LEXICON_WORDS = Set.of("metrics", "region", "device", "gender", "age");
    private static final Set<String> PHRASE_SLOTS = Set.of("metrics", "dimensions", "region", "device", "gender", "age",
            "status", "entity_type", "review_status", "domain");
    private static final Pattern FOLLOW_UP = Pattern.compile(
            "^\\s*(那|那么|那就|换成|换个|换到|改成|改为|只看|再看|再加上|加上|还有|另外|同样|and\\b|what about|how about|only\\b|just\\b|same\\b|now\\b)"
                    + "|呢\\s*[？?]?\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern PRONOUN = Pattern.compile(
            "它|它们|这个计划|该计划|这个广告组|这个创意|这条创意|那个计划|这个|这俩|其|(?i)\\b(it|its|this one|that one|them|this campaign|that campaign|this ad group)\\b");
    private static final Pattern WHY = Pattern.compile("为什么|为啥|原因|怎么回事|咋回事|分析一下|诊断|(?i)\\b(why|what happened|explain|reason|cause|diagnose)\\b");
    private static final Pattern HOW_TO = Pattern.compile("怎么|如何|是什么|什么意思|多久|规则|要求|区别|(?i)\\b(how do|how to|how can|what is|what's the difference|what does|how long|difference between)\\b");
    private static final Pattern LIST = Pattern.compile("哪些|哪几个|几个|列出|列一下|所有|全部|有什么|(?i)\\b(list|show me all|which|all my|how many)\\b");
    private static final Pattern BALANCE = Pattern.compile("余额|还剩|剩多少|充值|(?i)\\b(balance|funds|remaining)\\b");
    private static final Pattern BUDGET = Pattern.compile("预算|日限额|(?i)\\b(budget|daily cap)\\b");
    private static final Pattern BID = Pattern.compile("出价|竞价|(?i)\\b(bid|bids|target cpa)\\b");

    private final Lexicon lexicon;
    private final EntityLinker linker = new EntityLinker();

    Extractor(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * Whether a partial name match rests on words of its own: "Android users" or "31-40岁" match ad groups named
     * "Broad - Android" or "编程-家长25-40岁" only through words that mean a device or an age.
     */
    private static boolean saysMoreThanLexicon(String text, EntityLinker.Mention m, List<LexiconMatch> words) {
        StringBuilder rest = new StringBuilder(text.substring(m.span().start(), m.span().end()));
        for (LexiconMatch w : words) {
            for (int i = Math.max(w.span().start(), m.span().start()); i < Math.min(w.span().end(), m.span().end()); i++) {
                rest.setCharAt(i - m.span().start(), ' ');
            }
        }
        return rest.toString().replaceAll("[\\s\\p{Punct}0-9%岁以上]+", "").length() >= 2;
    }

    Analysis analyze(String text, LocalDate today, EntityCatalog catalog) {
        List<LexiconMatch> words = lexicon.find(text, List.of(), LEXICON_WORDS);
        List<EntityLinker.Mention> mentions = linker.link(text, catalog).stream()
                .filter(m -> m.exact() || m.pieces() >= 2 || saysMoreThanLexicon(text, m, words)).toList();
        List<TextSpan> blocked = new ArrayList<>(mentions.stream().map(EntityLinker.Mention::span).toList());
        TimeMentions time = TimeParser.parse(text, today, blocked);
        blocked.addAll(time.spans());
        Optional<AmountMention> amount = AmountParser.parse(text, blocked);
        amount.ifPresent(a -> blocked.add(a.span()));
        List<LexiconMatch> phrases = lexicon.find(text, blocked, PHRASE_SLOTS);
        boolean followUp = FOLLOW_UP.matcher(text).find();
        boolean pronoun = PRONOUN.matcher(text).find();

        Set<String> cues = new LinkedHashSet<>();
        for (LexiconMatch p : phrases) {
            cues.add(p.slot());
            if (p.slot().equals("status") || p.slot().equals("entity_type") || p.slot().equals("review_status")
                    || p.slot().equals("domain")) {
                cues.add(p.slot() + ":" + p.value());
            }
        }
        mentions.forEach(m -> cues.add("entity:" + m.kind()));
        time.timeRange().ifPresent(r -> cues.add("time"));
        time.compareTo().ifPresent(r -> cues.add("compare"));
        amount.ifPresent(a -> cues.add("amount:" + a.amount().op().key()));
        if (followUp) cues.add("follow_up");
        if (pronoun) cues.add("pronoun");
        if (WHY.matcher(text).find()) cues.add("why");
        if (HOW_TO.matcher(text).find()) cues.add("how_to");
        if (LIST.matcher(text).find()) cues.add("list");
        if (BALANCE.matcher(text).find()) cues.add("balance");
        if (BUDGET.matcher(text).find()) cues.add("budget_word");
        if (BID.matcher(text).find()) cues.add("bid_word");
        return new Analysis(text, mentions, time, amount, phrases, followUp, pronoun, List.copyOf(cues));
    }
}
