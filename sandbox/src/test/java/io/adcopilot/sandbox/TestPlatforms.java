package io.adcopilot.sandbox;

import io.adcopilot.sandbox.generate.ReportGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.stream.Stream;

/**
 * The demo platform for tests, as of the development set's {@code now} (2026-11-20 10:00 in Shanghai): generated
 * once per test JVM, then copied so that every test class can change its own copy.
 */
public final class TestPlatforms {

    public static final Instant NOW = OffsetDateTime.parse("2026-11-20T10:00:00+08:00").toInstant();
    public static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final Path ROOT = Path.of("target", "test-platforms");
    private static Path template;
    private static final java.util.List<Path> CREATED = new java.util.ArrayList<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            for (Path dir : CREATED) {
                try {
                    deleteRecursively(dir);
                } catch (IOException ignored) {
                    // best effort: target/ is cleaned by the build anyway
                }
            }
        }));
    }

    private TestPlatforms() {}

    /** A fresh copy of the generated demo platform's data directory. */
    public static synchronized Path demoDataDir() {
        try {
            if (template == null) {
                Path dir = ROOT.resolve("template-" + ProcessHandle.current().pid());
                deleteRecursively(dir);
                Platform.open(dir, CLOCK, ReportGenerator.Progress.SILENT).close();
                template = dir;
                CREATED.add(dir);
            }
            Path copy = emptyDir("demo-");
            try (Stream<Path> files = Files.list(template)) {
                for (Path f : files.toList()) Files.copy(f, copy.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new, empty directory under target/. */
    public static Path emptyDir(String prefix) {
        try {
            Path dir = Files.createTempDirectory(Files.createDirectories(ROOT), prefix);
            synchronized (TestPlatforms.class) {
                CREATED.add(dir);
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
