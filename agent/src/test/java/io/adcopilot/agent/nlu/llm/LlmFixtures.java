package io.adcopilot.agent.nlu.llm;

import io.adcopilot.agent.nlu.NluContext;
import io.adcopilot.agent.nlu.Turn;
import io.adcopilot.agent.nlu.embedded.CatalogSource;
import io.adcopilot.agent.nlu.entity.Entity;
import io.adcopilot.agent.nlu.entity.EntityCatalog;
import io.adcopilot.core.tool.Principal;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/** A small advertiser, a fixed now, and a listener that keeps what it hears. */
final class LlmFixtures {

    static final EntityCatalog CATALOG = new EntityCatalog(List.of(
            new Entity("c-1001", "双十一大促-拉新", "campaign"),
            new Entity("c-1002", "老客召回", "campaign"),
            new Entity("g-2001", "拉新-白领", "ad_group"),
            new Entity("g-2002", "拉新-学生", "ad_group"),
            new Entity("cr-3001", "双十一主视觉", "creative")));
    static final CatalogSource CATALOGS = principal -> CATALOG;
    static final ZonedDateTime NOW = ZonedDateTime.parse("2026-11-20T10:00:00+08:00");

    private LlmFixtures() {}

    static NluContext context(Turn... history) {
        return new NluContext(new Principal("adv-1001", "token-1"), NOW, List.of(history));
    }

    /** Keeps every call and fallback it hears. */
    static final class Recorder implements LlmListener {
        final List<LlmCallStats> calls = new ArrayList<>();
        final List<String> fallbacks = new ArrayList<>();

        @Override
        public synchronized void onCall(LlmCallStats call) {
            calls.add(call);
        }

        @Override
        public synchronized void onFallback(String engine, String reason) {
            fallbacks.add(engine + ": " + reason);
        }
    }
}
