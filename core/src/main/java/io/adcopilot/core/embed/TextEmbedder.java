package io.adcopilot.core.embed;

/** Text → unit-length vector, so that a dot product is a cosine similarity. */
public interface TextEmbedder {

    float[] embed(String text);

    int dimensions();

    static double cosine(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) dot += a[i] * b[i];
        return dot;
    }
}
