package io.adcopilot.eval.experiment;

/**
 * Where an experiment learns what an engine spent on each item. The runner calls {@link #take} on the thread
 * that understood the item, right after it; an engine that reports nothing has no usage source at all.
 */
public interface UsageSource {

    /** What was spent on the calling thread since its last {@code take}, and starts counting afresh. */
    Usage take();
}
