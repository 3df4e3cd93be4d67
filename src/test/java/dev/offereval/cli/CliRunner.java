package dev.offereval.cli;

/** Runs offer-eval in process for tests outside this package. */
public final class CliRunner {
  private CliRunner() {}

  public record Result(int exit, String out, String err) {}

  public static Result run(String... args) {
    Cli cli = Cli.run(args);
    return new Result(cli.exit(), cli.out(), cli.err());
  }
}
