package io.zhibiao.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code java -jar zhibiao.jar}: extract, quantities, eval, render, panel. Exit codes: 0 ok, 1 some
 * input failed, 2 usage. A usage error is one line naming the bad value (and the valid ones); for
 * an unknown option the line ends pointing to {@code --help}, which alone prints the help.
 */
@Command(name = "zhibiao", mixinStandardHelpOptions = true, version = "zhibiao 0.1.0",
        description = "Reads Chinese economic news and emits typed indicator records.",
        subcommands = {ExtractCommand.class, QuantitiesCommand.class, EvalCommand.class, RenderCommand.class,
            PanelCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    public static void main(String[] args) {
        Warmup.start(args);
        System.exit(run(args));
    }

    /** Runs the CLI and returns its exit code (for tests and embedding). */
    public static int run(String... args) {
        Integer fast = FastExtract.run(args); // the plain extract line, read without picocli's start-up cost
        if (fast != null) {
            return fast;
        }
        CommandLine cl = new CommandLine(new Main());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            if (ex instanceof UsageException) {
                return usage(cmd, ex.getMessage());
            }
            cmd.getErr().println("zhibiao: " + ex.getMessage());
            return 1;
        });
        cl.setParameterExceptionHandler(Main::badParameters);
        String unknown = unknownCommand(cl, args);
        if (unknown != null) {
            return usage(cl, "unknown command '" + unknown + "' (commands: "
                    + String.join(", ", cl.getSubcommands().keySet()) + ")");
        }
        return cl.execute(args);
    }

    /** The first argument when it is neither an option nor a command (a path is no top-level argument). */
    private static String unknownCommand(CommandLine cl, String[] args) {
        if (args.length == 0 || args[0].startsWith("-") || cl.getSubcommands().containsKey(args[0])) {
            return null;
        }
        return args[0];
    }

    private static int badParameters(CommandLine.ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        if (ex instanceof CommandLine.UnmatchedArgumentException u) {
            List<String> suggestions = u.getSuggestions();
            String hint = suggestions.isEmpty() ? "" : " (did you mean " + String.join(" or ", suggestions) + "?)";
            return usage(cmd, ex.getMessage() + hint + "; see '" + cmd.getCommandSpec().qualifiedName() + " --help'");
        }
        return usage(cmd, ex.getMessage());
    }

    /** A usage error: one line on standard error naming the bad value; exit code 2. */
    static int usage(CommandLine cmd, String message) {
        PrintWriter err = cmd.getErr();
        err.println("zhibiao: " + message);
        err.flush();
        return 2;
    }

    @Override
    public void run() {
        CommandLine.usage(this, System.err);
    }
}
