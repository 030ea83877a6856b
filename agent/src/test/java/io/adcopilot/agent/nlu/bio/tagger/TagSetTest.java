package io.adcopilot.agent.nlu.bio.tagger;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TagSetTest {

    @Test
    void bioAllowsAnInsideTagOnlyAfterItsOwnType() {
        TagSet tags = new TagSet(List.of("O", "B-a", "I-a", "B-b", "I-b"));

        assertThat(tags.allowed(tags.id("B-a"), tags.id("I-a"))).isTrue();
        assertThat(tags.allowed(tags.id("I-a"), tags.id("I-a"))).isTrue();
        assertThat(tags.allowed(tags.id("O"), tags.id("I-a"))).isFalse();
        assertThat(tags.allowed(tags.id("B-b"), tags.id("I-a"))).isFalse();
        assertThat(tags.allowed(tags.id("B-a"), tags.id("O"))).isTrue();
        assertThat(tags.allowed(tags.id("B-a"), tags.id("B-b"))).isTrue();
        assertThat(tags.allowedAfterStart(tags.id("I-a"))).isFalse();
        assertThat(tags.allowedBeforeEnd(tags.id("B-a"))).isTrue();
        assertThat(tags.predecessors(tags.id("I-b"))).containsExactly(tags.id("B-b"), tags.id("I-b"));
        assertThat(tags.id("I-c")).isEqualTo(-1);
    }

    @Test
    void bioesAlsoRequiresOpenSpansToEnd() {
        TagSet tags = new TagSet(List.of("O", "B-a", "I-a", "E-a", "S-a"));

        assertThat(tags.allowed(tags.id("B-a"), tags.id("E-a"))).isTrue();
        assertThat(tags.allowed(tags.id("B-a"), tags.id("O"))).isFalse();
        assertThat(tags.allowed(tags.id("I-a"), tags.id("S-a"))).isFalse();
        assertThat(tags.allowed(tags.id("E-a"), tags.id("B-a"))).isTrue();
        assertThat(tags.allowed(tags.id("S-a"), tags.id("E-a"))).isFalse();
        assertThat(tags.allowedAfterStart(tags.id("E-a"))).isFalse();
        assertThat(tags.allowedBeforeEnd(tags.id("I-a"))).isFalse();
        assertThat(tags.allowedBeforeEnd(tags.id("S-a"))).isTrue();
    }

    @Test
    void tagsOfAnotherFormAreFree() {
        TagSet tags = new TagSet(List.of("O", "PER", "I-x"));

        assertThat(tags.allowed(tags.id("O"), tags.id("PER"))).isTrue();
        assertThat(tags.allowed(tags.id("PER"), tags.id("PER"))).isTrue();
        assertThat(tags.allowedAfterStart(tags.id("PER"))).isTrue();
        assertThat(tags.allowedAfterStart(tags.id("I-x"))).isFalse();
    }
}
