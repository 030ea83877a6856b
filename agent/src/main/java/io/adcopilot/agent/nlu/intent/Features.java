package io.adcopilot.agent.nlu.intent;

/** One utterance as the classifier sees it: a dense vector (the embedding) and sparse hashed features. */
record Features(float[] dense, int[] sparse, float[] sparseValues) {}
