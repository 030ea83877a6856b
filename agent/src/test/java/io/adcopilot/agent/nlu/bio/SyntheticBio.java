package io.adcopilot.agent.nlu.bio;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Small made-up BIO data sets: flight bookings and music requests with slots, in BIO or BIOES. */
public final class SyntheticBio {

    public static final List<String> TRAIN_CITIES =
            List.of("boston", "denver", "new york", "san francisco", "dallas", "salt lake city", "miami", "seattle");
    public static final List<String> TRAIN_ARTISTS = List.of("adele", "the beatles", "miles davis", "queen", "abba");

    private SyntheticBio() {
    }

    /** Utterances drawn from a few templates; cities and artists from the given lists. */
    public static List<BioSentence> sentences(int count, long seed, List<String> cities, List<String> artists,
                                              boolean bioes) {
        Random random = new Random(seed);
        List<BioSentence> sentences = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Builder builder = new Builder(bioes);
            String from = pick(cities, random);
            String to = pick(cities, random);
            String artist = pick(artists, random);
            switch (random.nextInt(4)) {
                case 0 -> builder.words("i want a flight from").slot(from, "fromloc").words("to").slot(to, "toloc")
                        .intent("flight");
                case 1 -> builder.words("show flights to").slot(to, "toloc").words("leaving").slot(from, "fromloc")
                        .intent("flight");
                case 2 -> builder.words("play some songs by").slot(artist, "artist").intent("music");
                default -> builder.words("put on").slot(artist, "artist").words("please").intent("music");
            }
            sentences.add(builder.build());
        }
        return sentences;
    }

    private static String pick(List<String> items, Random random) {
        return items.get(random.nextInt(items.size()));
    }

    private static final class Builder {
        private final boolean bioes;
        private final List<String> tokens = new ArrayList<>();
        private final List<String> tags = new ArrayList<>();
        private String intent;

        Builder(boolean bioes) {
            this.bioes = bioes;
        }

        Builder words(String text) {
            for (String word : text.split(" ")) {
                tokens.add(word);
                tags.add("O");
            }
            return this;
        }

        Builder slot(String text, String type) {
            String[] words = text.split(" ");
            for (int k = 0; k < words.length; k++) {
                tokens.add(words[k]);
                String prefix;
                if (!bioes) prefix = k == 0 ? "B" : "I";
                else if (words.length == 1) prefix = "S";
                else prefix = k == 0 ? "B" : k == words.length - 1 ? "E" : "I";
                tags.add(prefix + "-" + type);
            }
            return this;
        }

        Builder intent(String intent) {
            this.intent = intent;
            return this;
        }

        BioSentence build() {
            return new BioSentence(tokens, tags, intent);
        }
    }
}
