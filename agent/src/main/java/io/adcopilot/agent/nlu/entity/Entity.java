package io.adcopilot.agent.nlu.entity;

/** A campaign, ad group or creative of an advertiser: its id, name and kind (the slot it fills). */
public record Entity(String id, String name, String kind) {}
