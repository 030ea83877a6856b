package io.adcopilot.agent.nlu.amount;

import io.adcopilot.agent.nlu.slot.Amount;
import io.adcopilot.agent.nlu.text.TextSpan;

/** A budget or bid change found in an utterance, and the characters of the value as said ("1.2万", "20%", "翻倍"). */
public record AmountMention(Amount amount, TextSpan span) {}
