package io.adcopilot.agent.plugin.knowledge;

import io.adcopilot.agent.turn.Language;
import io.adcopilot.core.tool.Principal;
import io.adcopilot.gateway.annotated.CopilotTool;
import io.adcopilot.gateway.annotated.Describe;
import java.util.List;
import java.util.Optional;

/** The help center as a copilot tool: articles relevant to a question, each with a snippet in its language. */
public final class HelpCenterTools {

    static final int DEFAULT_LIMIT = 5;
    static final int MAX_LIMIT = 10;

    private final KnowledgeBase knowledge;

    public HelpCenterTools(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
    }

    public record SearchArgs(
            @Describe("The question or keywords, in Chinese or English") String query,
            @Describe("How many articles at most (1–10, default 5)") Optional<Integer> limit) {

        public SearchArgs {
            limit = limit == null ? Optional.empty() : limit;
        }
    }

    public record SearchResult(List<ArticleSummary> articles) {}

    public record ArticleSummary(
            @Describe("Article id, e.g. kb-003-ocpm-explained") String id,
            @Describe("Chinese title") String title,
            @Describe("English title") String titleEn,
            @Describe("The most relevant passage, in the query's language") String snippet,
            @Describe("Relevance, the cosine similarity of the closest passage (0–1)") double score) {}

    @CopilotTool(name = "searchHelpCenter", title = "Search the help center",
            descriptionEn = "Finds help-center articles about platform rules, concepts and how-tos (bidding, oCPM, "
                    + "learning phase, creative review and appeals, conversion tracking, targeting, budgets, "
                    + "qualifications, billing, reports). Returns the relevant articles, best first, with a snippet; "
                    + "none when nothing in the help center is relevant. Cite articles by id and title.",
            descriptionZh = "搜索帮助中心文章：出价、oCPM、学习期、创意审核与申诉、转化追踪、定向、预算、资质、财务、报表等平台规则、"
                    + "概念和操作方法。按相关度返回文章和摘要；没有相关内容时返回空列表。引用时注明文章 id 和标题。",
            examples = {"oCPM是什么意思", "创意审核一般要多久", "How do I set up conversion tracking?",
                    "What is the difference between CPC and CPM bidding?"})
    public SearchResult search(Principal principal, SearchArgs args) {
        if (args.query() == null || args.query().isBlank()) return new SearchResult(List.of());
        int limit = Math.max(1, Math.min(MAX_LIMIT, args.limit().orElse(DEFAULT_LIMIT)));
        Language language = Language.of(args.query());
        List<ArticleSummary> articles = knowledge.articles(args.query(), limit).stream()
                .filter(hit -> Relevance.enough(knowledge, args.query(), hit))
                .map(hit -> new ArticleSummary(hit.article().id(), hit.article().title(), hit.article().titleEn(),
                        hit.best(language).map(h -> Snippets.of(h.passage())).orElse(""),
                        Math.round(hit.similarity() * 1000) / 1000.0))
                .toList();
        return new SearchResult(articles);
    }
}
