package io.zhibiao.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code eval}: scores extraction against gold files (docs/annotation.md, section 5). */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score extraction against gold files (matched to inputs by file name).")
public final class EvalCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("zhibiao: eval is not implemented yet");
        return 2;
    }
}
