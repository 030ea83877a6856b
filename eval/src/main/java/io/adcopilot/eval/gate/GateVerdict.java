package io.adcopilot.eval.gate;

import java.util.List;

/** Whether the candidate passed, and every check made with its numbers. */
public record GateVerdict(boolean passed, List<Check> checks) {

    public GateVerdict {
        checks = List.copyOf(checks);
    }

    /** One check: a short name, whether it held, and the numbers that decided it. */
    public record Check(String name, boolean passed, String detail) {}

    public long failures() {
        return checks.stream().filter(c -> !c.passed()).count();
    }
}
