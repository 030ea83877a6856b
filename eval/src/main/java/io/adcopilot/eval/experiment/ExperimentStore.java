package io.adcopilot.eval.experiment;

import java.util.List;
import java.util.Optional;

/** Where experiments are kept, with every item's prediction. The embedded default is {@link DuckDbExperimentStore}. */
public interface ExperimentStore {

    /** Keeps the experiment under its id; an id already kept is refused. */
    void save(Experiment experiment);

    /** Every experiment, newest first. */
    List<ExperimentSummary> list();

    /** The experiment with all its items, scored as when it ran. */
    Optional<Experiment> get(String id);
}
