package io.adcopilot.eval.online;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The annotation queue and its labels: turns enqueued because a sampling rule chose them or an evaluator flagged
 * them, the flags, and the reviewers' labels. Only sampled turns count toward online accuracy (flagged ones would
 * bias it).
 */
public interface AnnotationStore {

    void flag(String traceId, Flag flag);

    List<Flag> flags(String traceId);

    /** Enqueues a turn (once; a later sampling marks an already flagged turn as sampled). */
    void enqueue(String traceId, boolean sampled, String reason);

    /** The next turn for this reviewer: queued, not labelled by them, and labelled by fewer than two reviewers. */
    default Optional<String> next(String reviewer) {
        return next(reviewer, Set.of());
    }

    /** The next turn for this reviewer but those they skipped. */
    Optional<String> next(String reviewer, Set<String> skipped);

    boolean queued(String traceId);

    /** Saves a reviewer's label, replacing their earlier label of the same turn. */
    void annotate(Annotation annotation);

    List<Annotation> annotations(String traceId);

    /** Sampled turns with their first label, optionally since a time. */
    List<LabelledTurn> labelled(java.time.Instant since);

    /** Turns labelled by two or more reviewers: how many, and on how many the first two agree on the intent. */
    Agreement agreement();

    record Agreement(int turns, int intentAgreements, int frameAgreements) {}
}
