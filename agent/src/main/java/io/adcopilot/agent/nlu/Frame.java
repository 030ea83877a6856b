package io.adcopilot.agent.nlu;

import io.adcopilot.agent.nlu.slot.Slots;
import java.util.List;

/**
 * What an utterance means: an intent, its slots, a calibrated confidence (0–1), and the entity mentions that matched
 * several entities equally well (the dialogue asks which one; such a mention fills no slot).
 */
public record Frame(String intent, Slots slots, double confidence, List<Ambiguity> ambiguities) {

    public Frame {
        ambiguities = List.copyOf(ambiguities);
    }

    public Frame(String intent, Slots slots, double confidence) {
        this(intent, slots, confidence, List.of());
    }

    public Frame withSlots(Slots slots) {
        return new Frame(intent, slots, confidence, ambiguities);
    }

    /** A mention that fits several entities: what was said, the slot it would fill, and the candidates. */
    public record Ambiguity(String mention, String slot, List<Candidate> candidates) {
        public Ambiguity {
            candidates = List.copyOf(candidates);
        }
    }

    /** An entity a mention may mean. */
    public record Candidate(String id, String name) {}
}
