package io.adcopilot.agent.nlu.bio.tagger;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The observation features of each token: the words (lower-cased) in a window of two on each side with their
 * bigrams and trigrams, every other word of the utterance by side (left or right), the shape of the word and its
 * neighbours, prefixes and suffixes, and the gazetteer phrases covering the token. For one-character tokens
 * (Chinese) the window n-grams are character n-grams.
 */
final class TokenFeatures {

    private static final int AFFIX_LENGTH = 4;

    private TokenFeatures() {
    }

    static List<List<String>> of(List<String> tokens, List<Gazetteer.Match> matches) {
        int n = tokens.size();
        String[] words = new String[n + 4];
        String[] shapes = new String[n + 4];
        words[0] = "<s2>";
        words[1] = "<s1>";
        words[n + 2] = "</s1>";
        words[n + 3] = "</s2>";
        shapes[0] = shapes[1] = "<s>";
        shapes[n + 2] = shapes[n + 3] = "</s>";
        for (int i = 0; i < n; i++) {
            words[i + 2] = tokens.get(i).toLowerCase(Locale.ROOT);
            shapes[i + 2] = shape(tokens.get(i));
        }
        List<List<String>> features = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            features.add(windowFeatures(words, shapes, i + 2));
        }
        for (int i = 0; i < n; i++) {
            List<String> f = features.get(i);
            for (int j = 0; j < n; j++) {
                if (j != i) f.add((j < i ? "L=" : "R=") + words[j + 2]);
            }
        }
        for (Gazetteer.Match match : matches) {
            int length = match.end() - match.start();
            String type = match.type();
            int dot = type.lastIndexOf('.');
            for (int i = match.start(); i < match.end(); i++) {
                String position = length == 1 ? "S" : i == match.start() ? "B" : i == match.end() - 1 ? "E" : "I";
                features.get(i).add("g" + position + '=' + type);
                // hierarchical types ("fromloc.city_name") also share their last part ("city_name")
                if (dot >= 0) features.get(i).add("g" + position + '~' + type.substring(dot + 1));
            }
        }
        return features;
    }

    private static List<String> windowFeatures(String[] words, String[] shapes, int c) {
        List<String> f = new ArrayList<>(64);
        f.add("bias");
        f.add("w-2=" + words[c - 2]);
        f.add("w-1=" + words[c - 1]);
        f.add("w0=" + words[c]);
        f.add("w+1=" + words[c + 1]);
        f.add("w+2=" + words[c + 2]);
        f.add("w-2w-1=" + words[c - 2] + '|' + words[c - 1]);
        f.add("w-1w0=" + words[c - 1] + '|' + words[c]);
        f.add("w0w+1=" + words[c] + '|' + words[c + 1]);
        f.add("w+1w+2=" + words[c + 1] + '|' + words[c + 2]);
        f.add("w-1w+1=" + words[c - 1] + '|' + words[c + 1]);
        f.add("w-2w-1w0=" + words[c - 2] + '|' + words[c - 1] + '|' + words[c]);
        f.add("w-1w0w+1=" + words[c - 1] + '|' + words[c] + '|' + words[c + 1]);
        f.add("w0w+1w+2=" + words[c] + '|' + words[c + 1] + '|' + words[c + 2]);
        f.add("s0=" + shapes[c]);
        f.add("s-1s0=" + shapes[c - 1] + '|' + shapes[c]);
        f.add("s0s+1=" + shapes[c] + '|' + shapes[c + 1]);
        String word = words[c];
        for (int k = 1; k <= AFFIX_LENGTH && k < word.length(); k++) {
            f.add("p" + k + '=' + word.substring(0, k));
            f.add("x" + k + '=' + word.substring(word.length() - k));
        }
        return f;
    }

    /** Upper case to X, lower case to x, digits to d, other letters to c, with runs collapsed: "Jan5" gives "Xxd". */
    static String shape(String token) {
        StringBuilder shape = new StringBuilder();
        char last = 0;
        for (int i = 0; i < token.length(); i++) {
            char ch = token.charAt(i);
            char kind;
            if (ch >= 'A' && ch <= 'Z') kind = 'X';
            else if (ch >= 'a' && ch <= 'z') kind = 'x';
            else if (Character.isDigit(ch)) kind = 'd';
            else if (Character.isLetter(ch)) kind = 'c';
            else kind = ch;
            if (kind != last) shape.append(kind);
            last = kind;
        }
        return shape.toString();
    }
}
