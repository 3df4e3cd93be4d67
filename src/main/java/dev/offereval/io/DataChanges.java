package dev.offereval.io;

import dev.offereval.model.DataException;
import dev.offereval.model.DataIssue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Edits to a data folder that a command has worked out in memory: files by their name relative to
 * the folder, each with its new text, or null for a file to remove. Commands that write data
 * ({@code import-guide}, {@code bands-from}) first check that the folder would load with the edits,
 * then write them; nothing is written when it would not.
 */
public final class DataChanges {
  private DataChanges() {}

  /** The problems loading would report with {@code changed} applied to a copy of {@code dataDir}. */
  public static List<DataIssue> problems(Path dataDir, Map<String, String> changed) throws IOException {
    Path tmp = Files.createTempDirectory("offer-eval-data");
    try {
      copy(dataDir, tmp);
      apply(tmp, changed, false);
      DataLoader.load(tmp);
      return List.of();
    } catch (DataException e) {
      return e.problems();
    } finally {
      delete(tmp);
    }
  }

  /** Writes {@code changed} into {@code dataDir}: each file through a temporary file moved into place. */
  public static void write(Path dataDir, Map<String, String> changed) throws IOException {
    apply(dataDir, changed, true);
  }

  private static void apply(Path dir, Map<String, String> changed, boolean atomic) throws IOException {
    for (Map.Entry<String, String> e : changed.entrySet()) {
      Path p = dir.resolve(e.getKey());
      if (e.getValue() == null) {
        Files.deleteIfExists(p);
        continue;
      }
      Files.createDirectories(p.getParent());
      if (!atomic) {
        Files.writeString(p, e.getValue(), StandardCharsets.UTF_8);
        continue;
      }
      Path tmp = p.resolveSibling("." + p.getFileName() + ".import.tmp");
      Files.writeString(tmp, e.getValue(), StandardCharsets.UTF_8);
      Files.move(tmp, p, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
  }

  /** Copies the folder {@code from}, with everything in it, to {@code to}. */
  public static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      List<Path> all = new ArrayList<>(s.toList());
      Collections.reverse(all);
      for (Path p : all) {
        Files.deleteIfExists(p);
      }
    }
  }
}
