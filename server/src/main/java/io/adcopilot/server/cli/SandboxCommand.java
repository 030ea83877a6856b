package io.adcopilot.server.cli;

import io.adcopilot.sandbox.Platform;
import io.adcopilot.sandbox.PlatformTime;
import io.adcopilot.sandbox.catalog.DemoSeed;
import io.adcopilot.sandbox.catalog.PlatformSeed;
import io.adcopilot.sandbox.catalog.SyntheticSeed;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "sandbox", mixinStandardHelpOptions = true, description = "The reference ad platform.",
        subcommands = SandboxCommand.Generate.class)
final class SandboxCommand {

    @Command(name = "generate", mixinStandardHelpOptions = true,
            description = "Builds a larger synthetic platform: the demo advertisers plus N synthetic ones, with D days "
                    + "of report data ending yesterday.")
    static final class Generate implements Callable<Integer> {

        @Option(names = "--advertisers", required = true, description = "Synthetic advertisers to add (24 creatives each).")
        int advertisers;

        @Option(names = "--days", required = true, description = "Days of report data, ending yesterday.")
        int days;

        @Option(names = "--data-dir", defaultValue = "data", description = "An empty or new directory (default ./${DEFAULT-VALUE}).")
        Path dataDir;

        @Option(names = "--seed", defaultValue = "20251001", description = "Generator seed (default ${DEFAULT-VALUE}).")
        long seed;

        @Override
        public Integer call() {
            if (advertisers < 0 || days < 1) {
                System.err.println("--advertisers must be 0 or more and --days at least 1");
                return 2;
            }
            if (Files.exists(dataDir.resolve(Platform.DATABASE_FILE))) {
                System.err.println(dataDir.resolve(Platform.DATABASE_FILE) + " exists already; choose an empty --data-dir");
                return 2;
            }
            Clock clock = Clock.systemUTC();
            LocalDate start = PlatformTime.today(clock).minusDays(days);
            PlatformSeed demo = DemoSeed.load();
            PlatformSeed seedData = new PlatformSeed(demo.catalog(), demo.history(), start, seed)
                    .plus(SyntheticSeed.generate(advertisers, start, seed));
            long began = System.nanoTime();
            try (var platform = Platform.open(dataDir, clock, () -> seedData,
                    (through, rows, percent) -> System.out.printf("  through %s: %,d rows (%d%%)%n", through, rows, percent))) {
                System.out.printf("Generated %,d fact rows for %d advertisers in %.1f s into %s%n",
                        platform.generator().factRows(), platform.advertisers().size(),
                        (System.nanoTime() - began) / 1e9, dataDir.toAbsolutePath());
            }
            return 0;
        }
    }
}
