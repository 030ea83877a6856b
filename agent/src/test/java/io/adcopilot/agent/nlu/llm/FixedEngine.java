package io.adcopilot.agent.nlu.llm;

import io.adcopilot.agent.nlu.Frame;
import io.adcopilot.agent.nlu.NluContext;
import io.adcopilot.agent.nlu.NluEngine;
import java.util.concurrent.atomic.AtomicInteger;

/** A stand-in for the embedded engine: always the same frame, counting how often it was asked. */
final class FixedEngine implements NluEngine {

    private final String name;
    private final Frame frame;
    private final AtomicInteger calls = new AtomicInteger();

    FixedEngine(String name, Frame frame) {
        this.name = name;
        this.frame = frame;
    }

    @Override
    public Frame understand(String text, NluContext context) {
        calls.incrementAndGet();
        return frame;
    }

    int calls() {
        return calls.get();
    }

    @Override
    public String name() {
        return name;
    }
}
