package io.adcopilot.eval.dataset;

import java.util.List;
import java.util.stream.Collectors;

/** A dataset that is not in the spec's JSONL: every problem found, each naming its line and field. */
public final class InvalidDatasetException extends IllegalArgumentException {

    /** What is wrong where: the 1-based line (0 for the dataset as a whole), the field (may be null) and why. */
    public record Problem(int line, String field, String message) {

        @Override
        public String toString() {
            return (line > 0 ? "line " + line : "dataset") + (field == null ? "" : ", " + field) + ": " + message;
        }
    }

    static final int SHOWN = 20;

    private final List<Problem> problems;

    public InvalidDatasetException(String source, List<Problem> problems) {
        super(message(source, problems));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String message(String source, List<Problem> problems) {
        String shown = problems.stream().limit(SHOWN).map(p -> "  " + p).collect(Collectors.joining("\n"));
        String more = problems.size() > SHOWN ? "\n  … and " + (problems.size() - SHOWN) + " more" : "";
        return source + " is not a valid dataset (" + problems.size() + (problems.size() == 1 ? " problem" : " problems")
                + "):\n" + shown + more;
    }
}
