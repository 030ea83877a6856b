package io.adcopilot.agent.nlu.bio;

import java.util.ArrayList;
import java.util.List;

/** Splits a line on runs of whitespace, dropping empty pieces, as Python's {@code str.split()} does. */
final class Whitespace {

    private Whitespace() {
    }

    static List<String> split(String line) {
        List<String> pieces = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < line.length(); i++) {
            boolean space = isSpace(line.charAt(i));
            if (space && start >= 0) {
                pieces.add(line.substring(start, i));
                start = -1;
            } else if (!space && start < 0) {
                start = i;
            }
        }
        if (start >= 0) pieces.add(line.substring(start));
        return pieces;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
