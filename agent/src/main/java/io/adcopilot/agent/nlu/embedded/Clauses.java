package io.adcopilot.agent.nlu.embedded;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Splits a compound request into its clauses at words that chain actions. */
final class Clauses {

    private static final Pattern CHAIN = Pattern.compile(
            "[，,；;。]?\\s*(?:然后|接着|之后再|之后|随后|再帮我|并且|同时再|另外再|顺便)\\s*|[；;]\\s*"
                    + "|(?i),?\\s+(?:and then|then|and also|after that|and)\\s+(?=(?:pause|resume|set|raise|lower|increase|decrease|cut|change|turn|stop|show|tell|list|compare|what|how)\\b)");

    private Clauses() {}

    static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        for (String part : CHAIN.split(text)) {
            String clause = part.strip().replaceAll("^[，,。.]+|[，,。.]+$", "");
            if (clause.length() >= 2) out.add(clause);
        }
        return out.isEmpty() ? List.of(text) : out;
    }
}
