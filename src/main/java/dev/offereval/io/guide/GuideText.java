package dev.offereval.io.guide;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A guide's text, decoded. Guides come as clean UTF-8 or double-encoded: UTF-8 read once as
 * Windows-1252 and written out again as UTF-8, so {@code –} reads {@code â€“}, {@code £} reads
 * {@code Â£} and an emoji such as 🏗️ reads {@code ðŸ—ï¸} (the bytes Windows-1252 has no character
 * for are lost on the way). Such text is turned back, and {@link #encoding} says which was found.
 *
 * @param encoding {@code clean UTF-8} or {@code double-encoded UTF-8, decoded}
 */
public record GuideText(String text, String encoding) {
  public static final String CLEAN = "clean UTF-8";
  public static final String DOUBLE = "double-encoded UTF-8, decoded";

  /** A UTF-8 lead byte's character in Windows-1252 followed by a continuation byte's. */
  private static final Pattern MOJIBAKE = Pattern.compile(
      "[\\u00C2-\\u00F4][\\u0080-\\u00BF\\u0152\\u0153\\u0160\\u0161\\u0178\\u017D\\u017E\\u0192\\u02C6\\u02DC"
          + "\\u2013\\u2014\\u2018-\\u201E\\u2020-\\u2022\\u2026\\u2030\\u2039\\u203A\\u20AC\\u2122]");

  private static final Charset CP1252 = Charset.forName("windows-1252");

  /** Windows-1252's characters for bytes 0x80 to 0x9F, back to their bytes. */
  private static final Map<Character, Byte> HIGH = new HashMap<>();

  static {
    for (int b = 0x80; b <= 0x9F; b++) {
      String c = new String(new byte[] {(byte) b}, CP1252);
      if (c.length() == 1 && c.charAt(0) != '\uFFFD') {
        HIGH.put(c.charAt(0), (byte) b);
      }
    }
  }

  /** Decodes a guide's bytes; throws with a reason when they are not UTF-8 at all. */
  public static GuideText decode(byte[] bytes) throws CharacterCodingException {
    CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    String text = strict.decode(ByteBuffer.wrap(bytes)).toString();
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    text = text.replace("\r\n", "\n").replace('\r', '\n');
    if (!MOJIBAKE.matcher(text).find()) {
      return new GuideText(text, CLEAN);
    }
    ByteArrayOutputStream raw = new ByteArrayOutputStream(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      Byte high = HIGH.get(c);
      if (high != null) {
        raw.write(high);
      } else if (c <= 0xFF) {
        raw.write(c);
      } else {
        return new GuideText(text, CLEAN); // a character Windows-1252 never gives: the text is what it says
      }
    }
    CharsetDecoder lenient = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
    CharBuffer decoded = lenient.decode(ByteBuffer.wrap(raw.toByteArray()));
    return new GuideText(decoded.toString().replace("\uFFFD", ""), DOUBLE);
  }
}
