package dev.offereval.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs offer-eval in process, with its output captured. */
public record Cli(int exit, String out, String err) {
  public static Cli run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    var cl = OfferEvalCommand.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int exit = cl.execute(args);
    return new Cli(exit, out.toString(), err.toString());
  }
}
