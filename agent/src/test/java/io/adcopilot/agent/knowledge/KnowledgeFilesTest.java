package io.adcopilot.agent.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The help corpus under {@code knowledge/} on the classpath: every article has front matter, a Chinese body and an
 * English summary, and {@code index.json} lists exactly the articles present, in id order.
 */
class KnowledgeFilesTest {

    private static final String DIR = "knowledge";
    private static final String SUMMARY = "## English summary";
    private static final Pattern ID = Pattern.compile("kb-\\d{3}-[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final Pattern LATIN = Pattern.compile("[A-Za-z]");

    private static JsonNode index;
    private static Set<String> filesPresent;

    @BeforeAll
    static void load() throws IOException, URISyntaxException {
        try (InputStream in = resource("index.json")) {
            index = JsonMapper.builder().build().readTree(in);
        }
        filesPresent = listArticleFiles();
    }

    @Test
    void atLeastThirtySixArticles() {
        assertThat(index.isArray()).isTrue();
        assertThat(index.size()).isGreaterThanOrEqualTo(36);
        assertThat(filesPresent).hasSizeGreaterThanOrEqualTo(36);
    }

    @Test
    void indexListsExactlyTheFilesPresentInIdOrder() {
        List<String> ids = new ArrayList<>();
        Set<String> files = new HashSet<>();
        for (JsonNode entry : index) {
            for (String field : List.of("id", "title", "title_en", "tags", "file")) {
                assertThat(entry.has(field)).as("index entry %s has %s", entry, field).isTrue();
            }
            String id = entry.get("id").asString();
            assertThat(entry.get("file").asString()).as("file of %s", id).isEqualTo(id + ".md");
            assertThat(files.add(entry.get("file").asString())).as("file listed once: %s", id).isTrue();
            ids.add(id);
        }
        assertThat(ids).doesNotHaveDuplicates();
        assertThat(ids).isSortedAccordingTo(String::compareTo);
        assertThat(files).containsExactlyInAnyOrderElementsOf(filesPresent);
    }

    @Test
    void everyArticleHasFrontMatterMatchingTheIndex() throws IOException {
        Set<String> seenIds = new HashSet<>();
        for (JsonNode entry : index) {
            String file = entry.get("file").asString();
            Article article = Article.parse(file, read(file));
            Map<String, String> fm = article.frontMatter();

            assertThat(fm).as("front matter of %s", file).containsKeys("id", "title", "title_en", "tags");
            String id = fm.get("id");
            assertThat(id).as("id of %s", file).matches(ID);
            assertThat(id + ".md").as("id equals file name").isEqualTo(file);
            assertThat(seenIds.add(id)).as("unique id %s", id).isTrue();
            assertThat(fm.get("title")).as("title of %s", id).isNotBlank();
            assertThat(fm.get("title_en")).as("title_en of %s", id).isNotBlank();

            List<String> tags = article.tags();
            assertThat(tags).as("tags of %s", id).isNotEmpty().allSatisfy(t -> assertThat(t).isNotBlank());

            assertThat(entry.get("id").asString()).isEqualTo(id);
            assertThat(entry.get("title").asString()).as("index title of %s", id).isEqualTo(fm.get("title"));
            assertThat(entry.get("title_en").asString()).as("index title_en of %s", id).isEqualTo(fm.get("title_en"));
            List<String> indexTags = new ArrayList<>();
            for (JsonNode t : entry.get("tags")) indexTags.add(t.asString());
            assertThat(indexTags).as("index tags of %s", id).isEqualTo(tags);
        }
    }

    @Test
    void everyArticleHasAChineseBodyAndAnEnglishSummary() throws IOException {
        for (String file : filesPresent) {
            Article article = Article.parse(file, read(file));
            String body = article.body();

            int summaryAt = body.indexOf("\n" + SUMMARY);
            assertThat(summaryAt).as("%s has a '%s' section", file, SUMMARY).isGreaterThan(0);
            assertThat(body.indexOf(SUMMARY, summaryAt + SUMMARY.length() + 1)).as("one summary in %s", file)
                    .isEqualTo(-1);

            String chinese = body.substring(0, summaryAt);
            long han = HAN.matcher(chinese).results().count();
            assertThat(han).as("Chinese characters in the body of %s", file).isBetween(250L, 700L);

            String summary = body.substring(summaryAt + SUMMARY.length() + 1).strip();
            long englishWords = Arrays.stream(summary.split("\\s+")).filter(w -> LATIN.matcher(w).find()).count();
            assertThat(englishWords).as("English words in the summary of %s", file).isGreaterThanOrEqualTo(40);
            long hanInSummary = HAN.matcher(summary).results().count();
            assertThat(hanInSummary).as("the summary of %s is English (a quoted Chinese term is fine)", file)
                    .isLessThanOrEqualTo(10);
        }
    }

    /** One article: its front matter as key/value strings and the Markdown after it. */
    record Article(Map<String, String> frontMatter, String body) {

        static Article parse(String file, String text) {
            String normalized = text.replace("\r\n", "\n");
            assertThat(normalized).as("%s starts with front matter", file).startsWith("---\n");
            int end = normalized.indexOf("\n---\n", 4);
            assertThat(end).as("%s closes its front matter", file).isGreaterThan(0);
            Map<String, String> fm = new LinkedHashMap<>();
            for (String line : normalized.substring(4, end).split("\n")) {
                if (line.isBlank()) continue;
                int colon = line.indexOf(':');
                assertThat(colon).as("front matter line '%s' of %s", line, file).isGreaterThan(0);
                String key = line.substring(0, colon).strip();
                String value = line.substring(colon + 1).strip();
                assertThat(value).as("'%s' of %s has no ': ' (keeps the front matter valid YAML)", key, file)
                        .doesNotContain(": ");
                assertThat(fm.put(key, value)).as("key %s once in %s", key, file).isNull();
            }
            return new Article(fm, normalized.substring(end + 5));
        }

        List<String> tags() {
            String raw = frontMatter.get("tags");
            Matcher m = Pattern.compile("^\\[(.*)]$").matcher(raw);
            assertThat(m.matches()).as("tags are a [a, b] list: %s", raw).isTrue();
            return Arrays.stream(m.group(1).split(",")).map(String::strip).toList();
        }
    }

    private static InputStream resource(String name) {
        InputStream in = KnowledgeFilesTest.class.getClassLoader().getResourceAsStream(DIR + "/" + name);
        assertThat(in).as("classpath resource %s/%s", DIR, name).isNotNull();
        return in;
    }

    private static String read(String name) throws IOException {
        try (InputStream in = resource(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The {@code .md} files next to index.json, whether the classpath entry is a directory or a jar. */
    private static Set<String> listArticleFiles() throws IOException, URISyntaxException {
        URL url = KnowledgeFilesTest.class.getClassLoader().getResource(DIR + "/index.json");
        assertThat(url).isNotNull();
        URI uri = url.toURI();
        if (uri.getScheme().equals("jar")) {
            try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
                return list(fs.getPath(DIR));
            }
        }
        return list(Path.of(uri).getParent());
    }

    private static Set<String> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            Set<String> names = new TreeSet<>();
            files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md")).forEach(names::add);
            return names;
        }
    }
}
