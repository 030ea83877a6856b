package io.adcopilot.agent.nlu.bio;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Span extraction under the rules of {@code conlleval.py}; each expectation was checked against the script. */
class SpansTest {

    @Test
    void bioSpansEndAtTheNextStartOrOutsideTag() {
        assertThat(spans("B-a I-a O B-b")).containsExactlyInAnyOrder(new Span(0, 2, "a"), new Span(3, 4, "b"));
        assertThat(spans("B-a B-a I-a")).containsExactlyInAnyOrder(new Span(0, 1, "a"), new Span(1, 3, "a"));
        assertThat(spans("B-a I-a I-a O")).containsExactly(new Span(0, 3, "a"));
    }

    @Test
    void bioesSpansEndRightAfterAnEndOrSingleTag() {
        assertThat(spans("B-a I-a E-a O S-b")).containsExactlyInAnyOrder(new Span(0, 3, "a"), new Span(4, 5, "b"));
        assertThat(spans("B-a E-a E-a")).containsExactlyInAnyOrder(new Span(0, 2, "a"), new Span(2, 3, "a"));
        assertThat(spans("S-a I-a")).containsExactlyInAnyOrder(new Span(0, 1, "a"), new Span(1, 2, "a"));
        assertThat(spans("O I-a B-a E-a S-b"))
                .containsExactlyInAnyOrder(new Span(1, 2, "a"), new Span(2, 4, "a"), new Span(4, 5, "b"));
    }

    @Test
    void malformedSequencesOpenSpansWhereConllevalDoes() {
        assertThat(spans("I-a I-a O")).as("a stray I opens a span").containsExactly(new Span(0, 2, "a"));
        assertThat(spans("E-a O")).as("a stray E is a span of one").containsExactly(new Span(0, 1, "a"));
        assertThat(spans("B-a I-b I-b")).as("a type change opens a span")
                .containsExactlyInAnyOrder(new Span(0, 1, "a"), new Span(1, 3, "b"));
        assertThat(spans("X Y-a I-a")).as("unknown prefixes open spans")
                .containsExactlyInAnyOrder(new Span(0, 1, ""), new Span(1, 3, "a"));
        assertThat(spans("B I")).containsExactly(new Span(0, 2, ""));
    }

    @Test
    void underscoreIsOutsideAndTypesMayContainDashes() {
        assertThat(spans("B-a _ I-a")).containsExactlyInAnyOrder(new Span(0, 1, "a"), new Span(2, 3, "a"));
        assertThat(spans("B-a-b I-a-b")).containsExactly(new Span(0, 2, "a-b"));
        assertThat(spans("O O")).isEmpty();
        assertThat(Spans.of(List.of())).isEmpty();
    }

    private static Set<Span> spans(String tags) {
        return Spans.of(List.of(tags.split(" ")));
    }
}
