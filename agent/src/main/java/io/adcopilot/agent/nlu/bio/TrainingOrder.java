package io.adcopilot.agent.nlu.bio;

import java.util.Random;

/** The order to visit training examples in, shuffled anew for each pass, the same for the same seed. */
public final class TrainingOrder {

    private final int[] order;
    private final Random random;

    public TrainingOrder(int size, long seed) {
        this.order = new int[size];
        for (int i = 0; i < size; i++) order[i] = i;
        this.random = new Random(seed);
    }

    /** The example indices for the next pass (a Fisher–Yates shuffle of the previous order). */
    public int[] nextPass() {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return order.clone();
    }
}
