package dev.offereval.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A short SHA-256 of the rule and data files an evaluator was built from, by relative name and
 * content, so the same files give the same fingerprint from disk or from the jar.
 */
final class Fingerprint {
  private Fingerprint() {}

  static String of(Path rulesDir, List<Path> ruleFiles, Path dataDir, List<Path> dataFiles) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      add(sha, "rules", rulesDir, ruleFiles);
      add(sha, "data", dataDir, dataFiles);
      return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }

  private static void add(MessageDigest sha, String label, Path dir, List<Path> files) {
    for (Path f : files) {
      String rel = label + "/" + dir.relativize(f).toString().replace('\\', '/');
      sha.update(rel.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      try {
        sha.update(Files.readAllBytes(f));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      sha.update((byte) 0);
    }
  }
}
