package io.adcopilot.server.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code adcopilot} command line. */
@Command(name = "adcopilot", mixinStandardHelpOptions = true, version = "adcopilot 0.1.0",
        description = "Ad Copilot: the copilot, its tool gateway, evaluation, and a reference ad platform.",
        subcommands = {ServeCommand.class, TokenCommand.class, ChatCommand.class, NluCommand.class, EvalCommand.class, SandboxCommand.class})
public final class Main {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler((e, commandLine, parsed) -> {
                    if (!(e instanceof IllegalArgumentException || e instanceof IllegalStateException
                            || e instanceof java.io.UncheckedIOException)) throw e;
                    commandLine.getErr().println(commandLine.getCommandName() + ": " + e.getMessage());
                    return 2;
                })
                .execute(args);
    }
}
