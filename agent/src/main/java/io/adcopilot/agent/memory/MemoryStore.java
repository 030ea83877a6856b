package io.adcopilot.agent.memory;

import java.util.List;
import java.util.Optional;

/** Long-term memory per advertiser, with each memory's embedding for retrieval by similarity. */
public interface MemoryStore {

    void add(Memory memory, float[] embedding);

    /** An advertiser's memories, newest first. */
    List<Memory> list(String advertiserId);

    /** Memories with their embeddings, for similarity search. */
    List<Stored> withEmbeddings(String advertiserId);

    boolean delete(String advertiserId, String id);

    int deleteAll(String advertiserId);

    Optional<Memory> find(String advertiserId, String id);

    /** A memory and its embedding. */
    record Stored(Memory memory, float[] embedding) {}
}
