package io.adcopilot.eval.nlu;

import tools.jackson.databind.JsonNode;

/** What a dataset item says is right: its id, intent and slots (and the text, for error reports). */
public record Gold(String id, String text, String intent, JsonNode slots) {}
