package io.adcopilot.agent.dialogue;

import io.adcopilot.agent.nlu.Frame;
import io.adcopilot.agent.nlu.amount.AmountMention;
import io.adcopilot.agent.nlu.amount.AmountParser;
import io.adcopilot.agent.nlu.slot.Amount;
import io.adcopilot.agent.nlu.text.ChineseNumbers;
import io.adcopilot.agent.nlu.slot.SlotNames;
import io.adcopilot.agent.nlu.slot.Slots;
import io.adcopilot.agent.turn.Clarification;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the answer to a question the copilot asked and completes the frame it was asking for: an option by its
 * number ("2", "第二个", "the second"), its id, or (part of) its name; an amount; a status.
 */
public final class ClarificationAnswers {

    private static final Pattern ORDINAL = Pattern.compile(
            "^\\s*(?:第\\s*)?([1-9一二三四五六七八九十])\\s*(?:个|条|项|号)?\\s*[.。！!]?\\s*$|(?i)\\b(first|second|third|fourth|fifth|last)\\b");
    private static final String CHINESE = "一二三四五六七八九";
    private static final List<String> ENGLISH = List.of("first", "second", "third", "fourth", "fifth");
    private static final Pattern PAUSE = Pattern.compile("暂停|停|关|(?i)\\b(pause|stop|off)\\b");
    private static final Pattern RESUME = Pattern.compile("开启|开|恢复|启用|(?i)\\b(resume|start|on|enable)\\b");

    private static final Pattern BARE_AMOUNT = Pattern.compile("^\\s*(?:改成|改为|调到|调成|设为|设成|就|to|make it)?\\s*[¥￥]?\\s*"
            + "([\\d.,]+\\s*[万千wWkK]?|[" + ChineseNumbers.DIGITS + ChineseNumbers.UNITS + "点.]+)\\s*(?:元|块钱?|cny|yuan)?\\s*(?:吧|的)?[\\s。.!！]*$",
            Pattern.CASE_INSENSITIVE);

    private ClarificationAnswers() {}

    /** The completed frame, or empty when the reply does not answer the question. */
    public static Optional<Frame> complete(Clarification question, String reply) {
        Frame frame = question.frame();
        String slot = question.slot();
        if (slot.equals(SlotNames.BUDGET) || slot.equals(SlotNames.BID)) {
            Optional<Amount> amount = AmountParser.parse(reply, List.of()).map(AmountMention::amount).or(() -> bareAmount(reply));
            return amount.map(a -> frame.withSlots(frame.slots().with(slot, a)));
        }
        if (slot.equals(SlotNames.STATUS) && question.options().stream().anyMatch(o -> o.id().equals("paused"))) {
            if (PAUSE.matcher(reply).find()) return Optional.of(frame.withSlots(frame.slots().with(slot, "paused")));
            if (RESUME.matcher(reply).find()) return Optional.of(frame.withSlots(frame.slots().with(slot, "active")));
            return Optional.empty();
        }
        return choose(question.options(), reply).map(chosen -> {
            Slots slots = frame.slots().with(slot, List.of(chosen.id()));
            List<Frame.Ambiguity> left = frame.ambiguities().stream().filter(a -> !a.slot().equals(slot)).toList();
            return new Frame(frame.intent(), slots, frame.confidence(), left);
        });
    }

    /** "6000", "1.2万", "改成八千块": the new value itself, in yuan. */
    private static Optional<Amount> bareAmount(String reply) {
        Matcher m = BARE_AMOUNT.matcher(reply);
        if (!m.matches()) return Optional.empty();
        return ChineseNumbers.parse(m.group(1)).filter(v -> v.signum() > 0)
                .map(v -> new Amount(Amount.Op.SET, ChineseNumbers.plain(v), Amount.Unit.CNY));
    }

    static Optional<Frame.Candidate> choose(List<Frame.Candidate> options, String reply) {
        if (options.isEmpty()) return Optional.empty();
        String lower = reply.toLowerCase(Locale.ROOT).strip();
        for (Frame.Candidate o : options) if (lower.contains(o.id().toLowerCase(Locale.ROOT))) return Optional.of(o);
        Matcher m = ORDINAL.matcher(lower);
        if (m.find()) {
            int index;
            if (m.group(1) != null) {
                String n = m.group(1);
                index = Character.isDigit(n.charAt(0)) ? Integer.parseInt(n) - 1 : n.equals("十") ? 9 : CHINESE.indexOf(n);
            } else {
                index = m.group(2).equals("last") ? options.size() - 1 : ENGLISH.indexOf(m.group(2));
            }
            if (index >= 0 && index < options.size()) return Optional.of(options.get(index));
        }
        String said = lower.replaceAll("[\\s\\-_·]|那个|这个|的|计划|广告组|创意|campaign|ad group|creative", "");
        if (said.length() < 2) return Optional.empty();
        List<Frame.Candidate> matching = options.stream().filter(o -> {
            String name = o.name().toLowerCase(Locale.ROOT).replaceAll("[\\s\\-_·]", "");
            return name.contains(said) || said.contains(name);
        }).toList();
        return matching.size() == 1 ? Optional.of(matching.get(0)) : Optional.empty();
    }
}
