package io.adcopilot.agent.nlu;

/** One earlier turn of the conversation: who said it ({@code user} or {@code assistant}) and what. */
public record Turn(String role, String text) {

    public static Turn user(String text) {
        return new Turn("user", text);
    }

    public boolean byUser() {
        return "user".equals(role);
    }
}
