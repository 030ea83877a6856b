package io.adcopilot.agent.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.adcopilot.agent.nlu.Frame;
import io.adcopilot.agent.nlu.slot.Amount;
import io.adcopilot.agent.nlu.slot.DateRange;
import io.adcopilot.agent.nlu.slot.Slots;
import io.adcopilot.agent.turn.Clarification;
import io.adcopilot.agent.turn.PendingWrite;
import io.adcopilot.core.db.Database;
import io.adcopilot.core.json.Json;
import io.adcopilot.core.tool.Preview;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.DoubleNode;

class DuckDbSessionStoreTest {

    @TempDir
    Path dir;

    @Test
    void turnsAndStateOutliveTheDatabase() {
        Frame frame = new Frame("update_budget", Slots.NONE.with("campaign", List.of("c-1001"))
                .with("budget", new Amount(Amount.Op.SET, new BigDecimal("12000"), Amount.Unit.CNY))
                .with("time_range", new DateRange(LocalDate.of(2026, 11, 13), LocalDate.of(2026, 11, 19))), 0.93);
        Preview preview = new Preview("updateCampaign", "c-1001", "双十一大促-拉新", List.of(new Preview.FieldChange(
                "daily_budget", DoubleNode.valueOf(8000), DoubleNode.valueOf(12000), 50.0)),
                List.of(new Preview.Warning("large_change", "daily_budget +50%")), false);
        PendingWrite write = new PendingWrite("updateCampaign", Json.object().put("id", "c-1001").put("daily_budget", 12000),
                preview, "ct_abc", Instant.parse("2026-11-20T02:05:00Z"));
        Clarification question = new Clarification(frame, "campaign", List.of(new Frame.Candidate("c-1001", "双十一大促-拉新"),
                new Frame.Candidate("c-1002", "双十一大促-老客召回")), "哪一个？");
        DialogueState state = new DialogueState(Optional.of(frame), Optional.of(write), Optional.of(question));

        String id;
        try (Database db = Database.open(dir.resolve("copilot.duckdb"))) {
            var store = new DuckDbSessionStore(db, Clock.systemUTC());
            id = store.create("adv-1001").id();
            store.record(id, "把它的预算提高到1.2万", "将修改…", "trace-1", state);
            store.record(id, "确认", "已完成", "trace-2", new DialogueState(Optional.of(frame), Optional.empty(), Optional.empty()));
            store.record(id, "再看看", "…", "trace-3", state);
        }
        try (Database db = Database.open(dir.resolve("copilot.duckdb"))) {
            Session session = new DuckDbSessionStore(db, Clock.systemUTC()).find(id).orElseThrow();
            assertThat(session.advertiserId()).isEqualTo("adv-1001");
            assertThat(session.turns()).hasSize(6);
            assertThat(session.turns().get(2).text()).isEqualTo("确认");
            assertThat(session.turns().get(3).role()).isEqualTo("assistant");
            assertThat(session.state()).isEqualTo(state);
        }
    }

    @Test
    void anUnknownSessionIsAbsent() {
        try (Database db = Database.open(dir.resolve("copilot.duckdb"))) {
            assertThat(new DuckDbSessionStore(db, Clock.systemUTC()).find("s_nope")).isEmpty();
        }
    }
}
