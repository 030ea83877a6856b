package io.adcopilot.core.embed;

import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;

/**
 * bge-small-zh-v1.5 (quantized, 512 dimensions) running in-process on ONNX Runtime; the model ships inside a Maven
 * artifact, so nothing is downloaded. One instance per JVM: loading takes about a second.
 */
public final class BgeSmallZh implements TextEmbedder {

    private static volatile BgeSmallZh instance;
    private final BgeSmallZhV15QuantizedEmbeddingModel model = new BgeSmallZhV15QuantizedEmbeddingModel();

    private BgeSmallZh() {}

    public static BgeSmallZh get() {
        BgeSmallZh i = instance;
        if (i == null) {
            synchronized (BgeSmallZh.class) {
                if (instance == null) instance = new BgeSmallZh();
                i = instance;
            }
        }
        return i;
    }

    @Override
    public float[] embed(String text) {
        float[] v = model.embed(text).content().vector();
        double norm = 0;
        for (float x : v) norm += x * x;
        float scale = (float) (1 / Math.sqrt(norm));
        for (int i = 0; i < v.length; i++) v[i] *= scale;
        return v;
    }

    @Override
    public int dimensions() {
        return 512;
    }
}
