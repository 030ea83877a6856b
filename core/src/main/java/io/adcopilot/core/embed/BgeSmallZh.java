package io.adcopilot.core.embed;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * bge-small-zh-v1.5 (quantized, 512 dimensions) running in-process on ONNX Runtime; the model ships inside a Maven
 * artifact, so nothing is downloaded. One instance per JVM: loading takes about a second.
 *
 * <p>Each call runs on its caller's thread alone (one intra-op thread): the texts are short, so splitting one
 * across cores costs more in synchronisation than it gains, and concurrent callers then use the cores in parallel.
 */
public final class BgeSmallZh implements TextEmbedder {

    private static final String MODEL = "/bge-small-zh-v1.5-q.onnx";
    private static final String TOKENIZER = "/bge-small-zh-v1.5-q-tokenizer.json";

    private static volatile BgeSmallZh instance;
    private final Model model = new Model();

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

    /** The artifact's model and tokenizer (CLS pooling, as the artifact's own class uses) in a one-thread session. */
    private static final class Model extends AbstractInProcessEmbeddingModel {

        private final OnnxBertBiEncoder encoder;

        Model() {
            super(Runnable::run);
            try (InputStream onnx = resource(MODEL); InputStream tokenizer = resource(TOKENIZER)) {
                var options = new OrtSession.SessionOptions();
                options.setIntraOpNumThreads(1);
                options.setInterOpNumThreads(1);
                OrtEnvironment environment = OrtEnvironment.getEnvironment();
                encoder = new OnnxBertBiEncoder(environment, environment.createSession(onnx.readAllBytes(), options),
                        tokenizer, PoolingMode.CLS);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read bge-small-zh from its artifact", e);
            } catch (OrtException e) {
                throw new IllegalStateException("ONNX Runtime cannot load bge-small-zh: " + e.getMessage(), e);
            }
        }

        private static InputStream resource(String name) {
            InputStream in = BgeSmallZhV15QuantizedEmbeddingModel.class.getResourceAsStream(name);
            if (in == null) throw new IllegalStateException(name + " is missing from the bge-small-zh artifact");
            return in;
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return encoder;
        }
    }
}
