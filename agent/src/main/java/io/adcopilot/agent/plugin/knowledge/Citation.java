package io.adcopilot.agent.plugin.knowledge;

/** A help-center article an answer draws on, titled in the question's language. */
public record Citation(String articleId, String title) {}
