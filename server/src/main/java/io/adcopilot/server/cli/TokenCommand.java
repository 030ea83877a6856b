package io.adcopilot.server.cli;

import io.adcopilot.sandbox.auth.PlatformTokens;
import io.adcopilot.server.auth.ConsoleTokens;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "token", mixinStandardHelpOptions = true,
        description = "Prints a bearer token: an advertiser's (valid on /platform/v1, /api and /mcp), or a reviewer's or "
                + "admin's for the console.")
final class TokenCommand implements Callable<Integer> {

    @picocli.CommandLine.ArgGroup(exclusive = true, multiplicity = "1")
    Who who;

    static final class Who {
        @Option(names = "--advertiser", description = "An advertiser id, e.g. adv-1001: a token for /platform/v1, /api and /mcp.")
        String advertiser;

        @Option(names = "--reviewer", description = "A reviewer's name: a console token to read traces and label turns.")
        String reviewer;

        @Option(names = "--admin", description = "An admin's name: a console token that may also change sampling and monitors.")
        String admin;
    }

    @Option(names = "--data-dir", defaultValue = "data", description = "The server's data directory (default ./${DEFAULT-VALUE}).")
    Path dataDir;

    @Override
    public Integer call() {
        if (who.advertiser == null) {
            String name = who.reviewer != null ? who.reviewer : who.admin;
            if (!ConsoleTokens.isName(name)) {
                System.err.println("not a console name: " + name + " (1–32 lower-case letters, digits, - or _)");
                return 2;
            }
            System.out.println(ConsoleTokens.inDataDir(dataDir).issue(new ConsoleTokens.Staff(name, who.admin != null)));
            return 0;
        }
        if (!PlatformTokens.isAdvertiserId(who.advertiser)) {
            System.err.println("not an advertiser id: " + who.advertiser + " (expected the form adv-1001)");
            return 2;
        }
        System.out.println(PlatformTokens.inDataDir(dataDir).issue(who.advertiser));
        return 0;
    }
}
