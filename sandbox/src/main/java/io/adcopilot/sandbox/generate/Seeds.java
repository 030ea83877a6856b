package io.adcopilot.sandbox.generate;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/** Deterministic randomness: the same seed and keys always give the same numbers. */
public final class Seeds {

    private Seeds() {}

    public static SplittableRandom random(long seed, Object... keys) {
        return new SplittableRandom(hash(seed, keys));
    }

    /** A 64-bit FNV-1a hash of the seed and the keys' text, finished with a SplitMix64 step. */
    public static long hash(long seed, Object... keys) {
        long h = 0xcbf29ce484222325L ^ seed;
        for (Object key : keys) {
            for (byte b : String.valueOf(key).getBytes(StandardCharsets.UTF_8)) {
                h ^= b;
                h *= 0x100000001b3L;
            }
            h ^= 0xff;
            h *= 0x100000001b3L;
        }
        h = (h ^ (h >>> 30)) * 0xbf58476d1ce4e5b9L;
        h = (h ^ (h >>> 27)) * 0x94d049bb133111ebL;
        return h ^ (h >>> 31);
    }

    /** A uniform number in [0, 1) from the keys. */
    public static double uniform(long seed, Object... keys) {
        return (hash(seed, keys) >>> 11) * 0x1.0p-53;
    }
}
