package org.dateline.cli;

import java.io.PrintWriter;
import org.dateline.eval.EvalCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code dateline} command. The only place that calls {@code System.exit}. */
@Command(
    name = "dateline",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Turns news articles into structured, sourced event data.",
    subcommands = {
      CodeCommand.class,
      BenchCommand.class,
      EvalCommand.class,
      GazetteerCommand.class,
      CommandLine.HelpCommand.class
    })
public final class DatelineCli implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the CLI and returns the exit status; tests call this instead of {@link #main}. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new DatelineCli());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          // Configuration mistakes are the user's to fix: one line, no stack trace.
          if (ex instanceof IllegalArgumentException || ex instanceof UserException) {
            commandLine.getErr().println("dateline: " + ex.getMessage());
            return ExitCodes.USAGE;
          }
          throw ex;
        });
    return cli.execute(args);
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
