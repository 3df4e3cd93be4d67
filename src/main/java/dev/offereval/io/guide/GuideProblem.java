package dev.offereval.io.guide;

/** Something in a guide that cannot be read: {@code guide:line: what and why}. */
public record GuideProblem(String file, int line, String message) {
  @Override
  public String toString() {
    return file + ":" + line + ": " + message;
  }
}
