package io.adcopilot.agent.nlu.lexicon;

import io.adcopilot.agent.nlu.text.TextSpan;

/** A phrase found in an utterance: the slot and normalized value it stands for, and where it was said. */
public record LexiconMatch(String slot, String value, String phrase, TextSpan span) {}
