package io.adcopilot.gateway.idempotency;

import java.util.Optional;

/**
 * Writes by idempotency key, so the same key never applies twice: a key is reserved before the write runs (only one
 * caller can reserve it), then completed with the result, or released if the write failed.
 */
public interface IdempotencyStore {

    /** A key's write: the tool, the digest of its arguments, and its result as JSON (empty while in flight). */
    record Applied(String tool, String argumentsDigest, Optional<String> resultJson) {}

    Optional<Applied> find(String advertiserId, String key);

    /** Takes the key for a write about to run; false if it is taken already. */
    boolean reserve(String advertiserId, String key, String tool, String argumentsDigest);

    void complete(String advertiserId, String key, String resultJson);

    void release(String advertiserId, String key);
}
