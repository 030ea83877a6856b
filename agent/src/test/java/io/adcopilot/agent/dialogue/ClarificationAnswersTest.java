package io.adcopilot.agent.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.adcopilot.agent.nlu.Frame;
import io.adcopilot.agent.nlu.slot.Amount;
import io.adcopilot.agent.nlu.slot.Slots;
import io.adcopilot.agent.turn.Clarification;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClarificationAnswersTest {

    private static final List<Frame.Candidate> TWO = List.of(new Frame.Candidate("c-1001", "双十一大促-拉新"),
            new Frame.Candidate("c-1002", "双十一大促-老客召回"));
    private static final Frame QUERY = new Frame("query_metrics", Slots.NONE.with("metrics", List.of("cost")), 0.9,
            List.of(new Frame.Ambiguity("双十一大促", "campaign", TWO)));

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            第二个            | c-1002
            2                 | c-1002
            the first one     | c-1001
            老客召回那个      | c-1002
            c-1001            | c-1001
            拉新              | c-1001
            """)
    void anOptionIsChosenByNumberIdOrName(String reply, String id) {
        var question = new Clarification(QUERY, "campaign", TWO, "哪一个？");
        Frame completed = ClarificationAnswers.complete(question, reply).orElseThrow();
        assertThat(completed.slots().list("campaign")).containsExactly(id);
        assertThat(completed.ambiguities()).isEmpty();
        assertThat(completed.slots().list("metrics")).containsExactly("cost");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            昨天花了多少
            第五个
            双十一大促
            """)
    void aReplyThatDoesNotChooseCompletesNothing(String reply) {
        assertThat(ClarificationAnswers.complete(new Clarification(QUERY, "campaign", TWO, "哪一个？"), reply)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            6000    | 6000
            1.2万   | 12000
            改成八千 | 8000
            """)
    void anAmountIsRead(String reply, String value) {
        Frame budget = new Frame("update_budget", Slots.NONE.with("campaign", List.of("c-1001")), 0.9);
        Frame completed = ClarificationAnswers.complete(new Clarification(budget, "budget", List.of(), "多少？"), reply)
                .orElseThrow();
        Amount amount = completed.slots().amount("budget").orElseThrow();
        assertThat(amount.value()).isEqualByComparingTo(new BigDecimal(value));
        assertThat(completed.slots().list("campaign")).containsExactly("c-1001");
    }
}
