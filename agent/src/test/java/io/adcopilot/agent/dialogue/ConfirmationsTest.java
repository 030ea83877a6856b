package io.adcopilot.agent.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConfirmationsTest {

    @ParameterizedTest
    @ValueSource(strings = {"确认", "确认！", "好的", "是的", "yes", "OK", "go ahead", "可以吧"})
    void confirmations(String text) {
        assertThat(Confirmations.read(text, "ct_x")).isEqualTo(Confirmations.Reply.CONFIRM);
    }

    @ParameterizedTest
    @ValueSource(strings = {"算了", "取消", "不用了", "先不改了", "cancel", "never mind", "no"})
    void cancellations(String text) {
        assertThat(Confirmations.read(text, "ct_x")).isEqualTo(Confirmations.Reply.CANCEL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"改成6000吧", "昨天花了多少", "好的，那把出价也降一点", "不是这个，是老客召回"})
    void anythingElseIsANewRequest(String text) {
        assertThat(Confirmations.read(text, "ct_x")).isEqualTo(Confirmations.Reply.OTHER);
    }

    @Test
    void theTokenConfirms() {
        assertThat(Confirmations.read("ct_AbC123", "ct_AbC123")).isEqualTo(Confirmations.Reply.CONFIRM);
        assertThat(Confirmations.read("ct_other", "ct_AbC123")).isEqualTo(Confirmations.Reply.OTHER);
        assertThat(Confirmations.read("whatever", null)).isEqualTo(Confirmations.Reply.OTHER);
    }
}
