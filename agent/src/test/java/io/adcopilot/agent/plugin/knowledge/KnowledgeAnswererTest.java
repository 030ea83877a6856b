package io.adcopilot.agent.plugin.knowledge;

import io.adcopilot.agent.turn.Language;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Extractive answers with citations: the right article, the question's language, sentences taken from the article,
 * and an honest no-answer for questions the help center does not cover.
 */
class KnowledgeAnswererTest {

    private static final Map<String, String> REQUIRED = Map.of(
            "oCPM是什么意思", "kb-003-ocpm-explained",
            "创意审核一般要多久", "kb-008-creative-review",
            "怎么提高点击率", "kb-031-improve-ctr",
            "What is the difference between CPC and CPM bidding?", "kb-001-bidding-types",
            "广告被拒了怎么申诉", "kb-010-review-appeal",
            "How do I set up conversion tracking?", "kb-012-conversion-tracking-setup",
            "新计划的学习期是什么", "kb-005-learning-phase",
            "预算花不出去一般是什么原因", "kb-021-budget-underspend");

    private static KnowledgeBase knowledge;
    private static KnowledgeAnswerer answerer;

    @BeforeAll
    static void load() {
        knowledge = TestKnowledge.get();
        answerer = new KnowledgeAnswerer(knowledge);
    }

    @Test
    void answersCiteTheRightArticleInTheQuestionsLanguage() {
        REQUIRED.forEach((question, articleId) -> {
            Answer answer = answerer.answer(question);
            System.out.printf("%s%n  -> %s %s%n", question, answer.text(), answer.citations());
            assertThat(answer.answered()).as(question).isTrue();
            assertThat(answer.citations()).as(question).isNotEmpty();
            assertThat(answer.citations().get(0).articleId()).as(question).isEqualTo(articleId);
            Language language = Language.of(question);
            assertThat(answer.language()).isEqualTo(language);
            Article article = knowledge.article(articleId).orElseThrow();
            assertThat(answer.citations().get(0).title()).isEqualTo(article.title(language));
            if (language == Language.ZH) {
                assertThat(Language.of(answer.text())).as(answer.text()).isEqualTo(Language.ZH);
            } else {
                assertThat(answer.text()).as(answer.text()).doesNotContainPattern("\\p{IsHan}");
            }
        });
    }

    @Test
    void answersAreSentencesOfTheCitedArticlesInTheirLanguage() {
        for (String question : REQUIRED.keySet()) {
            Answer answer = answerer.answer(question);
            String source = answer.citations().stream().map(c -> knowledge.article(c.articleId()).orElseThrow())
                    .map(a -> answer.language() == Language.ZH ? plain(a.body()) : a.summary())
                    .reduce("", String::concat);
            for (String sentence : Sentences.split(answer.text(), answer.language())) {
                String core = sentence.replaceAll("[。.]$", "");
                assertThat(source).as("'%s' comes from the cited articles", core).contains(core);
            }
            assertThat(answer.text().length()).isLessThanOrEqualTo(answer.language() == Language.ZH ? 320 : 900);
        }
    }

    @Test
    void outOfScopeQuestionsGetAnHonestNoAnswer() {
        for (String question : List.of("今天北京天气怎么样", "write me a poem")) {
            Answer answer = answerer.answer(question);
            System.out.printf("%s%n  -> %s (relevance %.3f)%n", question, answer.text(), answer.relevance());
            assertThat(answer.answered()).as(question).isFalse();
            assertThat(answer.citations()).isEmpty();
            assertThat(answer.language()).isEqualTo(Language.of(question));
            assertThat(answer.text()).isEqualTo(NoAnswer.text(Language.of(question)));
        }
        assertThat(NoAnswer.text(Language.ZH)).contains("没有找到").contains("预算").contains("出价");
        assertThat(NoAnswer.text(Language.EN)).contains("couldn't find").contains("budgets").contains("bids");
    }

    /** The relevance gate on every labelled and out-of-scope question, per language. */
    @Test
    void theRelevanceGateSeparatesInScopeFromOutOfScopeQuestions() {
        int[] answered = new int[2];
        int[] inScope = new int[2];
        int[] refused = new int[2];
        int[] outOfScope = new int[2];
        for (LabelledQuestion q : LabelledQuestion.inScope()) {
            inScope[q.language().ordinal()]++;
            if (answerer.answer(q.question()).answered()) answered[q.language().ordinal()]++;
        }
        for (LabelledQuestion q : LabelledQuestion.outOfScope()) {
            outOfScope[q.language().ordinal()]++;
            Answer answer = answerer.answer(q.question());
            if (!answer.answered()) refused[q.language().ordinal()]++;
            System.out.printf("out of scope %.3f %s %s%n", answer.relevance(), answer.answered() ? "ANSWERED" : "refused",
                    q.question());
        }
        int zh = Language.ZH.ordinal();
        int en = Language.EN.ordinal();
        System.out.printf("answered in scope: zh %d/%d, en %d/%d; refused out of scope: zh %d/%d, en %d/%d%n",
                answered[zh], inScope[zh], answered[en], inScope[en], refused[zh], outOfScope[zh], refused[en],
                outOfScope[en]);
        assertThat(answered[zh] + answered[en]).isGreaterThanOrEqualTo((int) Math.ceil(0.95 * (inScope[zh] + inScope[en])));
        assertThat(refused[zh]).isEqualTo(outOfScope[zh]);
        assertThat(refused[en]).isGreaterThanOrEqualTo(outOfScope[en] * 2 / 3);
    }

    @Test
    void answersAreDeterministic() {
        for (String question : REQUIRED.keySet()) {
            assertThat(answerer.answer(question)).isEqualTo(new KnowledgeAnswerer(knowledge).answer(question));
        }
    }

    /** The body as passages hold it: no Markdown emphasis. */
    private static String plain(String body) {
        return body.replace("**", "");
    }
}
