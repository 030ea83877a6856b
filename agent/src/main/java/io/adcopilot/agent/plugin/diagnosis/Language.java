package io.adcopilot.agent.plugin.diagnosis;

/** The language an explanation, chart and table are written in. */
public enum Language { ZH, EN }
