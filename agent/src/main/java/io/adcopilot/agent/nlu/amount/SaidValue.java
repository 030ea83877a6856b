package io.adcopilot.agent.nlu.amount;

import io.adcopilot.agent.nlu.slot.Amount;
import io.adcopilot.agent.nlu.text.TextSpan;

import java.math.BigDecimal;

/** A number as said in an utterance, with its unit: 5000元, 1.2万, 5k, 20%, 百分之二十, 一半. */
record SaidValue(TextSpan span, BigDecimal value, Amount.Unit unit) {}
