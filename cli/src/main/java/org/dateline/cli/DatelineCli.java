package org.dateline.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.dateline.eval.EvalCommand;
import org.dateline.server.ServeCommand;
import org.dateline.spark.SparkCommand;
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
      SparkCommand.class,
      GazetteerCommand.class,
      QueryCommand.class,
      ExportCommand.class,
      CommandLine.HelpCommand.class
    })
public final class DatelineCli implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    // UTF-8 whatever the platform locale: JDK 17's default charset may be ASCII under LANG=C.
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int status = run(args, out, err);
    out.flush();
    err.flush();
    System.exit(status);
  }

  /** Runs the CLI and returns the exit status; tests call this instead of {@link #main}. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new DatelineCli());
    cli.addSubcommand("serve", new ServeCommand(StoreIngestor::fullPipeline));
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
