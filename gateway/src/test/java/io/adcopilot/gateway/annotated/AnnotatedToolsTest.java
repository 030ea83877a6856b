package io.adcopilot.gateway.annotated;

import static org.assertj.core.api.Assertions.assertThat;

import io.adcopilot.core.db.Database;
import io.adcopilot.core.json.Json;
import io.adcopilot.core.testing.ManualClock;
import io.adcopilot.core.tool.Principal;
import io.adcopilot.core.tool.ToolCall;
import io.adcopilot.core.tool.ToolResult;
import io.adcopilot.gateway.GatewayTool;
import io.adcopilot.gateway.ToolGateway;
import io.adcopilot.gateway.audit.DuckDbAuditLog;
import io.adcopilot.gateway.idempotency.DuckDbIdempotencyStore;
import io.adcopilot.gateway.scope.TenantGuard;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AnnotatedToolsTest {

    enum Tone { FORMAL, CASUAL }

    record NoteArgs(@Describe("What to remember") String text, Optional<Tone> tone, List<String> tags) {}

    record Note(String text, String advertiserId, int count) {}

    /** Tools that live in the copilot. */
    public static final class Notebook {
        final List<String> notes = new ArrayList<>();

        @CopilotTool(name = "rememberNote", title = "Remember a note", descriptionEn = "Keeps a note.",
                descriptionZh = "记住一条备注。", write = true)
        public Note remember(Principal principal, NoteArgs args) {
            notes.add(args.text());
            return new Note(args.text(), principal.advertiserId(), notes.size());
        }

        @CopilotTool(name = "countNotes", title = "Count notes", descriptionEn = "How many notes.",
                descriptionZh = "备注数量。")
        public Note count(Principal principal, NoteArgs ignored) {
            return new Note("", principal.advertiserId(), notes.size());
        }
    }

    @Test
    void methodsBecomeToolsWithSchemasFromTheirRecords() {
        List<GatewayTool> tools = AnnotatedTools.of(new Notebook());
        GatewayTool remember = tools.stream().filter(t -> t.spec().name().equals("rememberNote")).findFirst().orElseThrow();
        assertThat(remember.spec().isWrite()).isTrue();
        var props = remember.spec().inputSchema().path("properties");
        assertThat(props.path("text").path("description").asString()).isEqualTo("What to remember");
        assertThat(props.path("tone").path("enum").toString()).isEqualTo("[\"formal\",\"casual\"]");
        assertThat(props.path("tags").path("items").path("type").asString()).isEqualTo("string");
        assertThat(remember.spec().inputSchema().path("required").toString()).contains("text").doesNotContain("tone");
        assertThat(remember.spec().outputSchema().path("properties").has("advertiser_id")).isTrue();
    }

    @Test
    void theyGoThroughTheSameChecksAndWriteProtocol() {
        var notebook = new Notebook();
        try (Database db = Database.inMemory()) {
            var gateway = new ToolGateway(AnnotatedTools.of(notebook), new TenantGuard((p, fresh) -> Set.of()),
                    new DuckDbAuditLog(db), new DuckDbIdempotencyStore(db), ToolGateway.Config.defaults(),
                    new ManualClock(Instant.parse("2026-11-20T02:00:00Z")));
            var p = new Principal("adv-1001", "t");
            var args = Json.MAPPER.readTree("{\"text\": \"prefer cpa\", \"tags\": [\"metric\"]}");
            var preview = (ToolResult.ConfirmationRequired) gateway.call(ToolCall.of("rememberNote", args, p, "t"));
            assertThat(notebook.notes).isEmpty();
            var confirmed = ((tools.jackson.databind.node.ObjectNode) args.deepCopy())
                    .put("confirmation_token", preview.confirmationToken());
            var applied = (ToolResult.Success) gateway.call(ToolCall.of("rememberNote", confirmed, p, "t"));
            assertThat(applied.content().path("advertiser_id").asString()).isEqualTo("adv-1001");
            assertThat(notebook.notes).containsExactly("prefer cpa");
            var invalid = (ToolResult.Failure) gateway.call(ToolCall.of("countNotes",
                    Json.MAPPER.readTree("{\"text\": 3, \"tags\": []}"), p, "t"));
            assertThat(invalid.field()).isEqualTo("text");
        }
    }
}
