package io.adcopilot.agent.nlu.embedded;

import io.adcopilot.agent.plan.RankedReferences;
import java.util.Set;

/**
 * Keeps the classifier from pulling everyday requests into the ad domain: an intent that needs an ad-domain object
 * is out of scope when nothing of the domain was said ("打开蓝牙" is not resuming a campaign, "上海这周末气温多少" is not
 * a report), and anything about another platform or account ("facebook ads spend", "话费余额") is out of scope.
 * Follow-ups in a conversation are judged with it, not alone, so they pass; so are the clauses of a compound request
 * when another of its clauses names the domain ("compare this week and last week, then pause the worst campaign").
 */
final class DomainGate {

    static final String OUT_OF_SCOPE = "out_of_scope";
    private static final Set<String> ACTIONS = Set.of("update_budget", "update_bid", "update_status");

    private DomainGate() {}

    static String apply(String intent, Analysis a, boolean inConversation) {
        boolean elsewhere = a.values("domain").contains("elsewhere");
        boolean entity = !a.mentions().isEmpty();
        if (elsewhere && !entity) return OUT_OF_SCOPE;
        if (inConversation || intent.equals(OUT_OF_SCOPE)) return intent;
        boolean domain = saysDomain(a);
        boolean needsDomain = ACTIONS.contains(intent) || intent.equals("query_metrics")
                || intent.equals("diagnose_change") || intent.equals("knowledge_qa") || intent.equals("list_entities");
        if (!needsDomain) return intent;
        if (ACTIONS.contains(intent) && (a.pronoun() || RankedReferences.refersToRanking(a.text()))) return intent;
        return domain ? intent : OUT_OF_SCOPE;
    }

    /**
     * Whether the text names something of the ad domain: an entity, an ad word, a metric, a dimension, or two periods
     * compared ("这周和上周比一下" asks about the account's numbers here).
     */
    static boolean saysDomain(Analysis a) {
        return !a.mentions().isEmpty() || a.values("domain").contains("ad") || !a.values("metrics").isEmpty()
                || !a.values("dimensions").isEmpty() || a.time().compareTo().isPresent();
    }
}
