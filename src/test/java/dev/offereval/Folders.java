package dev.offereval;

import dev.offereval.io.DataChanges;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Copies of the shipped rules and data folders, for tests that edit them. */
public final class Folders {
  private Folders() {}

  public static Path copy(String folder, Path into) throws IOException {
    Path target = into.resolve(folder);
    DataChanges.copy(Path.of(folder), target);
    return target;
  }

  /** Replaces the first {@code from} in a file, failing when it is not there. */
  public static void edit(Path file, String from, String to) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    if (!text.contains(from)) {
      throw new AssertionError("text not found in " + file + ": " + from);
    }
    Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
  }
}
