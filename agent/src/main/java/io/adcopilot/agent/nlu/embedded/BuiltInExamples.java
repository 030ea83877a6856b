package io.adcopilot.agent.nlu.embedded;

import io.adcopilot.agent.nlu.dataset.DatasetItem;
import io.adcopilot.agent.nlu.dataset.Datasets;
import java.util.ArrayList;
import java.util.List;

/** The ad domain's own labelled examples, one file per intent under {@code /nlu/examples/}. */
public final class BuiltInExamples {

    public static final List<String> INTENTS = List.of("query_metrics", "diagnose_change", "update_budget",
            "update_bid", "update_status", "list_entities", "account_balance", "knowledge_qa", "smalltalk",
            "out_of_scope");

    private BuiltInExamples() {}

    public static List<DatasetItem> all() {
        List<DatasetItem> out = new ArrayList<>();
        for (String intent : INTENTS) out.addAll(Datasets.readResource("/nlu/examples/" + intent + ".jsonl"));
        return out;
    }

    /** Whether an example is in the held-out fifth (by a stable hash of its id), for honest evaluation. */
    public static boolean heldOut(DatasetItem item) {
        return Math.floorMod(item.id().hashCode() * 31 + 7, 5) == 0;
    }
}
