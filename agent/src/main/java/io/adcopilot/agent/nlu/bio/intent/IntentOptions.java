package io.adcopilot.agent.nlu.bio.intent;

/**
 * How an {@link IntentClassifier} trains.
 *
 * @param epochs       passes over the training data (the best one on the validation data is kept when there is
 *                     validation data)
 * @param seed         seed of the shuffling between passes
 * @param l2           strength of the L2 regularisation, per training example
 * @param learningRate initial learning rate of the stochastic gradient descent
 */
public record IntentOptions(int epochs, long seed, double l2, double learningRate) {

    public static IntentOptions defaults() {
        return new IntentOptions(30, 42L, 1e-4, 2.0);
    }
}
