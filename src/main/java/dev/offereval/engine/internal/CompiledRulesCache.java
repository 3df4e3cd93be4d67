package dev.offereval.engine.internal;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compiled rules kept on disk between runs, so a command started cold skips the DRL parser and the
 * Java compiler for rule files it has compiled before. Measured on two cores: compiling the
 * shipped rules in a new JVM takes 1.4 to 2.1 s, reading them back 0.3 to 0.55 s.
 *
 * <p>An entry is keyed by the SHA-256 of the rule files (names and bytes), this build (version,
 * Drools version and build time, from {@code build.properties}) and the Java version, so an edit
 * to any rule file, or another build of the library, misses and compiles afresh. Only rules that
 * compiled without an error and passed every load-time check are stored.
 *
 * <p>Reading is guarded: the header must name the same key, and deserialization accepts only
 * classes of the JDK, Drools, MVEL and this library (an {@link ObjectInputFilter}). Anything that
 * fails to read (a truncated file, another format, a class outside the filter) is a miss: the
 * rules compile as if there were no cache. Entries are written to a temporary file and moved into
 * place, so a concurrent reader never sees half of one; the folder keeps the {@value #KEEP} most
 * recently used entries.
 */
public final class CompiledRulesCache {
  private static final Logger LOG = LoggerFactory.getLogger(CompiledRulesCache.class);
  static final String MAGIC = "offer-evaluator compiled rules 1";
  static final String SUFFIX = ".rules";
  static final int KEEP = 8;
  private static final String BUILD = build();
  private static final ObjectInputFilter FILTER = ObjectInputFilter.Config.createFilter(
      "java.**;org.drools.**;org.kie.**;org.mvel2.**;dev.offereval.**;!*");

  private final Path dir;

  /**
   * A cache in {@code dir}, created (owner-only where the file system allows) when first written.
   *
   * @param dir the folder
   */
  public CompiledRulesCache(Path dir) {
    this.dir = dir;
  }

  /** The folder. */
  public Path dir() {
    return dir;
  }

  /**
   * The key of a set of rule files: their names and bytes, this build and the Java version.
   *
   * @param files the rule files, in compile order
   * @return the key, 64 hex digits
   * @throws IOException when a file cannot be read
   */
  public static String key(List<Path> files) throws IOException {
    MessageDigest sha = sha256();
    update(sha, MAGIC);
    update(sha, BUILD);
    update(sha, Runtime.version().toString());
    for (Path f : files) {
      update(sha, f.getFileName().toString());
      byte[] bytes = Files.readAllBytes(f);
      update(sha, Integer.toString(bytes.length));
      sha.update(bytes);
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  /**
   * The rules stored under {@code key}, or null when there are none or they cannot be read.
   *
   * @param key the key of the rule files
   * @return a new base of the stored rules, or null
   */
  public KieBase load(String key) {
    Path file = dir.resolve(key + SUFFIX);
    if (!Files.isRegularFile(file)) {
      return null;
    }
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      DataInputStream header = new DataInputStream(in);
      if (!MAGIC.equals(header.readUTF()) || !key.equals(header.readUTF())) {
        return null;
      }
      List<KiePackage> packages = new ArrayList<>();
      try (DroolsObjectInputStream objects = new DroolsObjectInputStream(in, CompiledRulesCache.class.getClassLoader())) {
        objects.setObjectInputFilter(FILTER);
        for (Object p : (Collection<?>) objects.readObject()) {
          packages.add((KiePackage) p);
        }
      }
      InternalKnowledgeBase base = KnowledgeBaseFactory.newKnowledgeBase();
      base.addPackages(packages);
      touch(file);
      return base;
    } catch (IOException | ClassNotFoundException | RuntimeException | LinkageError e) {
      LOG.debug("compiled rules in {} not used: {}", file, e.toString());
      return null;
    }
  }

  /**
   * Stores the packages of {@code base} under {@code key}; a failure to write is logged and
   * otherwise ignored: the cache only saves time.
   *
   * @param key the key of the rule files
   * @param base rules compiled from those files
   */
  public void store(String key, KieBase base) {
    Path tmp = null;
    try {
      if (!Files.isDirectory(dir)) {
        createPrivate(dir);
      }
      tmp = Files.createTempFile(dir, key, ".tmp");
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
        DataOutputStream header = new DataOutputStream(out);
        header.writeUTF(MAGIC);
        header.writeUTF(key);
        header.flush();
        try (DroolsObjectOutputStream objects = new DroolsObjectOutputStream(out)) {
          objects.writeObject(new ArrayList<>(base.getKiePackages()));
        }
      }
      Path file = dir.resolve(key + SUFFIX);
      try {
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
      tmp = null;
      prune();
    } catch (IOException | RuntimeException e) {
      LOG.debug("compiled rules not cached in {}: {}", dir, e.toString());
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException e) {
          // left behind in the cache folder; the next prune does not count it
        }
      }
    }
  }

  /** Keeps the {@link #KEEP} most recently used entries. */
  private void prune() throws IOException {
    List<Path> entries;
    try (Stream<Path> s = Files.list(dir)) {
      entries = s.filter(p -> p.getFileName().toString().endsWith(SUFFIX)).toList();
    }
    if (entries.size() <= KEEP) {
      return;
    }
    List<Path> byUse = new ArrayList<>(entries);
    byUse.sort(Comparator.comparing(CompiledRulesCache::lastUsed).reversed());
    for (Path old : byUse.subList(KEEP, byUse.size())) {
      Files.deleteIfExists(old);
    }
  }

  /** Whether reading an entry accepts an object of {@code type}; for tests of the filter. */
  static boolean accepts(Class<?> type) {
    ObjectInputFilter.FilterInfo info = new ObjectInputFilter.FilterInfo() {
      @Override
      public Class<?> serialClass() {
        return type;
      }

      @Override
      public long arrayLength() {
        return -1;
      }

      @Override
      public long depth() {
        return 1;
      }

      @Override
      public long references() {
        return 1;
      }

      @Override
      public long streamBytes() {
        return 0;
      }
    };
    return FILTER.checkInput(info) == ObjectInputFilter.Status.ALLOWED;
  }

  private static FileTime lastUsed(Path p) {
    try {
      return Files.getLastModifiedTime(p);
    } catch (IOException e) {
      return FileTime.fromMillis(0);
    }
  }

  private static void touch(Path file) {
    try {
      Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis()));
    } catch (IOException e) {
      // a read-only cache still serves; it is pruned by age of writing instead
    }
  }

  private static void createPrivate(Path dir) throws IOException {
    try {
      Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    } catch (UnsupportedOperationException e) {
      Files.createDirectories(dir);
    }
  }

  private static String build() {
    Properties p = new Properties();
    try (InputStream in = CompiledRulesCache.class.getResourceAsStream("build.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // without its stamp (a build that skipped resource filtering) every run gets a key of its own
    String stamp = p.getProperty("stamp", "");
    return p.getProperty("version", "?") + "/" + p.getProperty("drools", "?") + "/"
        + (stamp.isEmpty() || stamp.startsWith("${") ? "unstamped-" + System.nanoTime() : stamp);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }

  private static void update(MessageDigest sha, String s) {
    sha.update(s.getBytes(StandardCharsets.UTF_8));
    sha.update((byte) 0);
  }
}
