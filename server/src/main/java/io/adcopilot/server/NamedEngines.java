package io.adcopilot.server;

import io.adcopilot.agent.nlu.NluEngine;
import io.adcopilot.agent.nlu.llm.CascadeEngine;
import io.adcopilot.agent.nlu.llm.LlmConfig;
import io.adcopilot.agent.nlu.llm.LlmNluEngine;
import java.util.Optional;

/** The server's NLU engines by the names the CLI and the APIs use: embedded, and with an LLM, llm and cascade. */
record NamedEngines(NluEngine embedded, Optional<LlmNluEngine> llm) {

    NluEngine engine(String name) {
        if (name.equals("embedded")) return embedded;
        if (!name.equals("llm") && !name.equals("cascade")) {
            throw new IllegalArgumentException("unknown engine '" + name + "': embedded, llm or cascade");
        }
        LlmNluEngine engine = llm.orElseThrow(() -> new IllegalArgumentException("engine '" + name + "' needs an LLM: "
                + "give --llm-base-url and --llm-model (or set " + LlmConfig.BASE_URL_VARIABLE + " and "
                + LlmConfig.MODEL_VARIABLE + ")"));
        return name.equals("llm") ? engine : new CascadeEngine(embedded, engine);
    }
}
