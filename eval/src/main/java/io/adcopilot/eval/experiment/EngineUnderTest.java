package io.adcopilot.eval.experiment;

import io.adcopilot.agent.nlu.NluEngine;
import java.util.Optional;

/**
 * An engine as an experiment runs it: the engine, where its LLM usage can be read (an LLM or cascade engine built
 * with an {@link LlmUsageMeter} as its listener), and the prices that turn tokens into cost.
 */
public record EngineUnderTest(NluEngine engine, Optional<UsageSource> usage, Optional<Pricing> pricing) {

    /** An engine that reports no usage (the embedded engine). */
    public static EngineUnderTest of(NluEngine engine) {
        return new EngineUnderTest(engine, Optional.empty(), Optional.empty());
    }

    public static EngineUnderTest metered(NluEngine engine, UsageSource usage, Optional<Pricing> pricing) {
        return new EngineUnderTest(engine, Optional.of(usage), pricing);
    }

    /** The options with this engine's usage source and prices. */
    public ExperimentRunner.Options applyTo(ExperimentRunner.Options options) {
        return usage.map(u -> options.withUsage(u, pricing)).orElse(options);
    }
}
