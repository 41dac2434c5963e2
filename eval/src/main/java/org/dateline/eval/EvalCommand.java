package org.dateline.eval;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code dateline eval}: scorers that read human-annotated gold data and print Dateline's figures.
 * Each scorer's last line is machine-readable: {@code RESULT <name> key=value ...}.
 */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Scores Dateline against human-annotated gold data and prints the figures.",
    subcommands = {
      PetrarchCommand.class,
      PloverCommand.class,
      org.dateline.eval.geo.GeoEvalCommand.class,
      org.dateline.eval.dedup.DedupEvalCommand.class,
      AttributionEvalCommand.class,
      DatesEvalCommand.class
    })
public final class EvalCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
