package io.adcopilot.eval.experiment;

import io.adcopilot.agent.nlu.llm.LlmCallStats;
import io.adcopilot.agent.nlu.llm.LlmListener;

/**
 * Counts the LLM engine's requests and tokens per thread: give it to {@code LlmNluEngine} as its listener and to
 * the experiment as its usage source. The engine calls the endpoint on the thread that asked, so each item's
 * usage is what its thread counted while understanding it.
 */
public final class LlmUsageMeter implements LlmListener, UsageSource {

    private final ThreadLocal<long[]> counts = ThreadLocal.withInitial(() -> new long[3]);

    @Override
    public void onCall(LlmCallStats call) {
        long[] c = counts.get();
        c[0]++;
        c[1] += call.inputTokens();
        c[2] += call.outputTokens();
    }

    @Override
    public Usage take() {
        long[] c = counts.get();
        Usage out = new Usage(c[0], c[1], c[2]);
        c[0] = c[1] = c[2] = 0;
        return out;
    }
}
