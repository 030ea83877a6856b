package io.adcopilot.server.cli;

import io.adcopilot.sandbox.auth.PlatformTokens;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "token", mixinStandardHelpOptions = true,
        description = "Prints a bearer token for an advertiser, valid on /platform/v1, /api and /mcp.")
final class TokenCommand implements Callable<Integer> {

    @Option(names = "--advertiser", required = true, description = "Advertiser id, e.g. adv-1001.")
    String advertiser;

    @Option(names = "--data-dir", defaultValue = "data", description = "The server's data directory (default ./${DEFAULT-VALUE}).")
    Path dataDir;

    @Override
    public Integer call() {
        if (!PlatformTokens.isAdvertiserId(advertiser)) {
            System.err.println("not an advertiser id: " + advertiser + " (expected the form adv-1001)");
            return 2;
        }
        System.out.println(PlatformTokens.inDataDir(dataDir).issue(advertiser));
        return 0;
    }
}
