package dev.offereval.model;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * One thing an evaluation has to say: how serious it is, a stable code to act on, and the text.
 *
 * <p>{@link #toString()} is the line outputs print: the text alone for a message that gives the
 * reason for the status ({@link #NO_BAND}, {@link #INVALID_INPUT}, {@link #RULE_FAILED}), else the
 * severity in lower case and the text, such as {@code warning: band ... is as of 2026-02-01}.
 *
 * @param severity how serious it is
 * @param code what kind of message it is: one of the constants here, which are stable
 * @param text the message itself, without the severity
 */
public record Message(Severity severity, String code, String text) {
  /** No band matches the offer; the text says what data has instead. */
  public static final String NO_BAND = "no-band";
  /** The input could not become an offer; the text names the field and the value. */
  public static final String INVALID_INPUT = "invalid-input";
  /** A rule threw or fired without settling for this offer; the text names it. */
  public static final String RULE_FAILED = "rule-failed";
  /** A rule's notice, such as a stale band or a competing offer set aside. */
  public static final String RULE_NOTICE = "rule-notice";
  /** The rules chose a script that the data does not have. */
  public static final String UNKNOWN_SCRIPT = "unknown-script";
  /** The rules applied a lever that the data's lever catalog does not have; it is left out. */
  public static final String UNKNOWN_LEVER = "unknown-lever";
  /**
   * A script or talking point names a placeholder that no rule filled; the sentence holding it was
   * left out.
   */
  public static final String UNFILLED_PLACEHOLDER = "unfilled-placeholder";

  private static final Set<String> STATUS_REASONS = Set.of(NO_BAND, INVALID_INPUT, RULE_FAILED);

  /**
   * A message; none of the arguments may be null.
   *
   * @param severity how serious it is
   * @param code what kind of message it is
   * @param text the message itself, without the severity
   * @throws NullPointerException when an argument is null
   */
  public Message {
    Objects.requireNonNull(severity, "severity must not be null");
    Objects.requireNonNull(code, "code must not be null");
    Objects.requireNonNull(text, "text must not be null");
  }

  /**
   * Reads back a line that {@link #toString()} wrote, for an evaluation of {@code status}.
   *
   * @param line the printed line
   * @param status the evaluation's status, which says what an unprefixed line is
   * @return the message
   */
  public static Message parse(String line, Status status) {
    for (Severity s : Severity.values()) {
      String prefix = s.name().toLowerCase(Locale.ROOT) + ": ";
      if (line.startsWith(prefix)) {
        return new Message(s, RULE_NOTICE, line.substring(prefix.length()));
      }
    }
    return switch (status) {
      case NO_BAND, OK -> new Message(Severity.INFO, NO_BAND, line);
      case INVALID -> new Message(Severity.ERROR, INVALID_INPUT, line);
      case ERROR -> new Message(Severity.ERROR, RULE_FAILED, line);
    };
  }

  @Override
  public String toString() {
    return STATUS_REASONS.contains(code) ? text : severity.name().toLowerCase(Locale.ROOT) + ": " + text;
  }
}
