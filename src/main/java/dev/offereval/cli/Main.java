package dev.offereval.cli;


/** The {@code offer-eval} launcher: the only place that calls {@link System#exit}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(OfferEvalCommand.commandLine(args).execute(args));
  }
}
