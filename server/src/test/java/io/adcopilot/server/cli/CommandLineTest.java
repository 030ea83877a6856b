package io.adcopilot.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.adcopilot.sandbox.Platform;
import io.adcopilot.sandbox.TestPlatforms;
import io.adcopilot.sandbox.auth.PlatformTokens;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CommandLineTest {

    private record Run(int exit, String out, String err) {}

    private static Run run(String... args) {
        PrintStream out = System.out, err = System.err;
        var o = new ByteArrayOutputStream();
        var e = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            int exit = Main.run(args);
            return new Run(exit, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    @Test
    void tokenPrintsATokenThePlatformAccepts() {
        Path dir = TestPlatforms.emptyDir("token-");
        Run r = run("token", "--advertiser", "adv-1002", "--data-dir", dir.toString());
        assertThat(r.exit()).isZero();
        assertThat(PlatformTokens.inDataDir(dir).verify(r.out().trim())).hasValue("adv-1002");
    }

    @Test
    void tokenRefusesSomethingThatIsNotAnAdvertiserId() {
        Run r = run("token", "--advertiser", "acme", "--data-dir", TestPlatforms.emptyDir("token-").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("adv-1001");
    }

    @Test
    void sandboxGenerateBuildsALargerPlatformOnceAndRefusesToOverwrite() {
        Path dir = TestPlatforms.emptyDir("scale-");
        Run first = run("sandbox", "generate", "--advertisers", "2", "--days", "3", "--data-dir", dir.toString());
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.out()).contains("Generated").contains("5 advertisers");
        try (var p = Platform.open(dir, java.time.Clock.systemUTC(), io.adcopilot.sandbox.generate.ReportGenerator.Progress.SILENT)) {
            assertThat(p.advertisers()).extracting(a -> a.id()).contains("adv-90001", "adv-90002");
            assertThat(p.generator().factRows()).isPositive();
        }
        Run again = run("sandbox", "generate", "--advertisers", "2", "--days", "3", "--data-dir", dir.toString());
        assertThat(again.exit()).isEqualTo(2);
        assertThat(again.err()).contains("choose an empty --data-dir");
    }

    @Test
    void unknownCommandsAndOptionsAreExplained() {
        Run r = run("serve", "--prot", "1");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--prot");
    }
}
