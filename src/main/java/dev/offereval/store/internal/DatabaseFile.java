package dev.offereval.store.internal;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Set;

/**
 * Where the embedded database lives, and its creation owner-only: the folder 700 and the file 600
 * (SQLite gives its journal and WAL files the database file's permissions).
 */
public final class DatabaseFile {
  /** The file's name in the default folder. */
  public static final String NAME = "negotiations.db";

  private static final Set<PosixFilePermission> OWNER_DIR = PosixFilePermissions.fromString("rwx------");
  private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");

  private DatabaseFile() {}

  /**
   * {@code $XDG_DATA_HOME/offer-evaluator/negotiations.db} when that variable is an absolute path,
   * else {@code ~/.local/share/offer-evaluator/negotiations.db}.
   */
  public static Path defaultFile(Map<String, String> env, String userHome) {
    String xdg = env.get("XDG_DATA_HOME");
    if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
      return Path.of(xdg, "offer-evaluator", NAME);
    }
    if (userHome == null || userHome.isBlank()) {
      throw new IllegalStateException("no home folder and no XDG_DATA_HOME: name the database with --db");
    }
    return Path.of(userHome, ".local", "share", "offer-evaluator", NAME);
  }

  /** Creates the file's missing folders (700) and the file itself (600) when it does not exist yet. */
  public static void createOwnerOnly(Path file) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    boolean posix = dir.getFileSystem().supportedFileAttributeViews().contains("posix");
    if (!Files.isDirectory(dir)) {
      if (posix) {
        Files.createDirectories(dir, attribute(OWNER_DIR));
      } else {
        Files.createDirectories(dir);
      }
    }
    if (!Files.exists(file)) {
      try {
        if (posix) {
          Files.createFile(file, attribute(OWNER_FILE));
        } else {
          Files.createFile(file);
        }
      } catch (FileAlreadyExistsException raced) {
        // another process created it first, with the same permissions
      }
    }
  }

  private static FileAttribute<Set<PosixFilePermission>> attribute(Set<PosixFilePermission> permissions) {
    return PosixFilePermissions.asFileAttribute(permissions);
  }
}
