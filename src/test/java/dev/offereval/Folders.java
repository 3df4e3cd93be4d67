package dev.offereval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Copies of the shipped rules and data folders, for tests that edit them. */
public final class Folders {
  private Folders() {}

  public static Path copy(String folder, Path into) throws IOException {
    Path source = Path.of(folder);
    Path target = into.resolve(folder);
    try (Stream<Path> s = Files.walk(source)) {
      for (Path p : s.toList()) {
        Path t = target.resolve(source.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(t);
        } else {
          Files.copy(p, t);
        }
      }
    }
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
