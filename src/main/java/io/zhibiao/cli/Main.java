package io.zhibiao.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar zhibiao.jar}: extract, quantities, eval, render, panel. Exit codes: 0 ok, 1 some input failed, 2 usage. */
@Command(name = "zhibiao", mixinStandardHelpOptions = true, version = "zhibiao 0.1.0",
        description = "Reads Chinese economic news and emits typed indicator records.",
        subcommands = {ExtractCommand.class, QuantitiesCommand.class, EvalCommand.class, RenderCommand.class,
            PanelCommand.class})
public final class Main implements Runnable {

    public static void main(String[] args) {
        Warmup.start(args);
        System.exit(run(args));
    }

    /** Runs the CLI and returns its exit code (for tests and embedding). */
    public static int run(String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("zhibiao: " + ex.getMessage());
            return 1;
        });
        return cl.execute(args);
    }

    @Override
    public void run() {
        CommandLine.usage(this, System.err);
    }
}
