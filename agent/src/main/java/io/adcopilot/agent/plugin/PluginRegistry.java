package io.adcopilot.agent.plugin;

import io.adcopilot.agent.nlu.dataset.DatasetItem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The plugins of the copilot, and which serves which intent. */
public final class PluginRegistry {

    private final List<Plugin> plugins;
    private final Map<String, Plugin> byIntent = new LinkedHashMap<>();

    public PluginRegistry(List<Plugin> plugins) {
        this.plugins = List.copyOf(plugins);
        for (Plugin p : plugins) {
            for (IntentSpec intent : p.intents()) {
                Plugin other = byIntent.putIfAbsent(intent.name(), p);
                if (other != null) {
                    throw new IllegalArgumentException("intent " + intent.name() + " is served by both " + other.name()
                            + " and " + p.name());
                }
            }
        }
    }

    public Optional<Plugin> pluginFor(String intent) {
        return Optional.ofNullable(byIntent.get(intent));
    }

    public List<Plugin> plugins() {
        return plugins;
    }

    /** Every plugin's labelled examples: what the NLU engine trains on. */
    public List<DatasetItem> examples() {
        List<DatasetItem> out = new ArrayList<>();
        plugins.forEach(p -> p.intents().forEach(i -> out.addAll(i.examples())));
        return out;
    }

    /** The slots of every intent. */
    public Map<String, Set<String>> slotsByIntent() {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        plugins.forEach(p -> p.intents().forEach(i -> out.put(i.name(), i.slots())));
        return out;
    }
}
