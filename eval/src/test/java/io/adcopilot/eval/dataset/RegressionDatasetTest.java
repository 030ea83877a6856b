package io.adcopilot.eval.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import io.adcopilot.agent.nlu.dataset.DatasetItem;
import io.adcopilot.agent.nlu.dataset.Datasets;
import io.adcopilot.agent.nlu.embedded.BuiltInExamples;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code eval/datasets/regression.jsonl}, the labelled set CI's regression gate runs on, is exactly the held-out
 * fifth of the plugins' examples: the copilot never trains on it.
 */
class RegressionDatasetTest {

    @Test
    void theRegressionSetIsTheHeldOutFifthOfTheExamples() {
        List<DatasetItem> examples = new ArrayList<>(BuiltInExamples.all());
        for (String intent : List.of("remember_preference", "list_memories", "forget_memory")) {
            examples.addAll(Datasets.readResource("/nlu/examples/" + intent + ".jsonl"));
        }
        List<String> heldOut = examples.stream().filter(BuiltInExamples::heldOut).map(DatasetItem::id).sorted().toList();
        List<String> file = Datasets.read(Path.of("datasets", "regression.jsonl")).stream().map(DatasetItem::id).sorted().toList();
        assertThat(file).isNotEmpty().isEqualTo(heldOut);
    }
}
