package io.adcopilot.agent.plugin.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import io.adcopilot.core.json.Json;
import io.adcopilot.core.tool.Principal;
import io.adcopilot.gateway.GatewayTool;
import io.adcopilot.gateway.annotated.AnnotatedTools;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class HelpCenterToolsTest {

    private static final Principal PRINCIPAL = new Principal("adv-1001", "t");

    private static HelpCenterTools tools;

    @BeforeAll
    static void load() {
        tools = new HelpCenterTools(TestKnowledge.get());
    }

    @Test
    void isAReadOnlyGatewayToolWithExamples() {
        List<GatewayTool> gatewayTools = AnnotatedTools.of(tools);
        assertThat(gatewayTools).hasSize(1);
        var spec = gatewayTools.get(0).spec();
        assertThat(spec.name()).isEqualTo("searchHelpCenter");
        assertThat(spec.isWrite()).isFalse();
        assertThat(spec.examples()).hasSize(4);
        assertThat(spec.inputSchema().path("required").toString()).contains("query").doesNotContain("limit");
        assertThat(spec.outputSchema().path("properties").path("articles").path("items").path("properties")
                .has("title_en")).isTrue();
    }

    @Test
    void findsArticlesWithSnippetsInTheQueryLanguage() {
        var chinese = tools.search(PRINCIPAL, new HelpCenterTools.SearchArgs("创意审核一般要多久", Optional.of(3)));
        assertThat(chinese.articles()).isNotEmpty().hasSizeLessThanOrEqualTo(3);
        var first = chinese.articles().get(0);
        assertThat(first.id()).isEqualTo("kb-008-creative-review");
        assertThat(first.title()).isEqualTo("创意审核规则与审核时长");
        assertThat(first.titleEn()).isEqualTo("Creative review rules and how long review takes");
        assertThat(first.snippet()).contains("24 小时").hasSizeLessThanOrEqualTo(Snippets.CHINESE_CHARS);
        assertThat(first.score()).isBetween(0.5, 1.0);

        var english = tools.search(PRINCIPAL, new HelpCenterTools.SearchArgs("How do I set up conversion tracking?",
                Optional.empty()));
        assertThat(english.articles()).isNotEmpty().hasSizeLessThanOrEqualTo(HelpCenterTools.DEFAULT_LIMIT);
        assertThat(english.articles().get(0).id()).isEqualTo("kb-012-conversion-tracking-setup");
        assertThat(english.articles().get(0).snippet()).doesNotContainPattern("\\p{IsHan}")
                .hasSizeLessThanOrEqualTo(Snippets.ENGLISH_CHARS);
    }

    @Test
    void findsNothingForQuestionsOutsideTheHelpCenter() {
        assertThat(tools.search(PRINCIPAL, new HelpCenterTools.SearchArgs("今天北京天气怎么样", Optional.empty()))
                .articles()).isEmpty();
        assertThat(tools.search(PRINCIPAL, new HelpCenterTools.SearchArgs(" ", Optional.empty())).articles()).isEmpty();
    }

    @Test
    void resultsAreJsonWithSnakeCaseNames() throws Exception {
        GatewayTool tool = AnnotatedTools.of(tools).get(0);
        JsonNode arguments = Json.MAPPER.readTree("{\"query\": \"oCPM是什么意思\", \"limit\": 2}");
        JsonNode result = tool.backend().run(arguments, PRINCIPAL);
        System.out.println(result.toPrettyString());
        assertThat(result.path("articles")).hasSize(2);
        JsonNode first = result.path("articles").get(0);
        assertThat(first.path("id").asString()).isEqualTo("kb-003-ocpm-explained");
        assertThat(first.has("title_en")).isTrue();
        assertThat(first.path("snippet").asString()).isNotBlank();
        assertThat(first.path("score").isNumber()).isTrue();
        JsonNode noLimit = tool.backend().run(Json.MAPPER.readTree("{\"query\": \"发票怎么开\"}"), PRINCIPAL);
        assertThat(noLimit.path("articles").get(0).path("id").asString()).isEqualTo("kb-030-invoices");
    }
}
