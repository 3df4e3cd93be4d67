package dev.offereval.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Where an {@link OfferEvaluator} reads its rules ({@code *.drl}) or its data (the YAML files of
 * the data folder) from: a folder on disk, a folder on the class path, or text held in memory.
 * Every source is read again by {@link OfferEvaluator#reload()}.
 */
public final class Source {
  private static final String BUNDLED_ROOT = "offer-evaluator/";

  private final String name;
  private final Path directory;
  private final String classpathFolder;
  private final ClassLoader loader;
  private final Map<String, String> files;

  private Source(String name, Path directory, String classpathFolder, ClassLoader loader, Map<String, String> files) {
    this.name = name;
    this.directory = directory;
    this.classpathFolder = classpathFolder;
    this.loader = loader;
    this.files = files;
  }

  /**
   * A folder on disk, named by its path in outputs.
   *
   * @param directory the folder
   * @return the source
   */
  public static Source directory(Path directory) {
    Objects.requireNonNull(directory, "directory must not be null");
    return directory(directory, directory.toString());
  }

  /**
   * A folder on disk, named {@code name} in outputs (such as the CLI's "bundled rules").
   *
   * @param directory the folder
   * @param name how outputs name it
   * @return the source
   */
  public static Source directory(Path directory, String name) {
    Objects.requireNonNull(directory, "directory must not be null");
    Objects.requireNonNull(name, "name must not be null");
    return new Source(name, directory, null, null, null);
  }

  /**
   * A folder on the class path of {@code loader}, in a jar or a directory, such as {@code
   * com/example/rules}.
   *
   * @param folder the resource folder, without a leading slash
   * @param loader the class loader to find it with
   * @return the source
   */
  public static Source classpath(String folder, ClassLoader loader) {
    Objects.requireNonNull(folder, "folder must not be null");
    Objects.requireNonNull(loader, "loader must not be null");
    String f = folder.startsWith("/") ? folder.substring(1) : folder;
    return new Source("classpath:" + f, null, f, loader, null);
  }

  /**
   * A folder on the class path of the thread's context class loader (else this library's).
   *
   * @param folder the resource folder, without a leading slash
   * @return the source
   */
  public static Source classpath(String folder) {
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    return classpath(folder, context != null ? context : Source.class.getClassLoader());
  }

  /**
   * Files held in memory, by relative name: for rules, {@code {"levers.drl": "..."}}; for data,
   * names such as {@code levels.yaml} and {@code bands/acme.yaml}. The evaluator writes them to a
   * private temporary folder, which {@link OfferEvaluator#close()} deletes.
   *
   * @param files relative file name to its text, UTF-8
   * @return the source
   */
  public static Source text(Map<String, String> files) {
    Objects.requireNonNull(files, "files must not be null");
    Map<String, String> copy = new LinkedHashMap<>();
    files.forEach((k, v) -> copy.put(Objects.requireNonNull(k, "file name must not be null"),
        Objects.requireNonNull(v, "text of " + k + " must not be null")));
    return new Source("in-memory", null, null, null, Map.copyOf(copy));
  }

  /**
   * The rules shipped inside the library.
   *
   * @return the source, named {@code bundled rules}
   */
  public static Source bundledRules() {
    return directory(bundled("rules"), "bundled rules");
  }

  /**
   * The data shipped inside the library.
   *
   * @return the source, named {@code bundled data}
   */
  public static Source bundledData() {
    return directory(bundled("data"), "bundled data");
  }

  /**
   * How outputs name this source: the folder's path, {@code classpath:FOLDER}, {@code in-memory},
   * or the name given.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  @Override
  public String toString() {
    return name;
  }

  /**
   * The folder this source reads, on disk or inside a jar; null for in-memory text, which has a
   * folder only once an evaluator has written it. A class-path folder that does not exist gives a
   * path that does not exist either, so that loading reports it.
   *
   * @return the folder, or null
   */
  public Path folder() {
    if (directory != null) {
      return directory;
    }
    if (classpathFolder != null) {
      URL url = loader.getResource(classpathFolder);
      return url == null ? Path.of(name) : path(url);
    }
    return null;
  }

  /** The folder to read; text is written to a new folder under {@code temp}. */
  Path resolve(Path temp) {
    if (files == null) {
      return folder();
    }
    try {
      Path dir = Files.createTempDirectory(temp, "source");
      for (Map.Entry<String, String> f : files.entrySet()) {
        Path file = dir.resolve(f.getKey()).normalize();
        if (!file.startsWith(dir)) {
          throw new IllegalArgumentException("file name " + f.getKey() + " leaves the folder");
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, f.getValue(), StandardCharsets.UTF_8);
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the in-memory files: " + e.getMessage(), e);
    }
  }

  /** Whether {@link #resolve} writes a folder that the evaluator must delete. */
  boolean ownsFolder() {
    return files != null;
  }

  /** The folder of bundled defaults ({@code rules} or {@code data}), on disk or inside the jar. */
  static Path bundled(String name) {
    URL marker = Source.class.getResource("/" + BUNDLED_ROOT + "bundle.txt");
    if (marker == null) {
      throw new IllegalStateException("bundled rules and data are missing from the classpath");
    }
    return path(marker).getParent().resolve(name);
  }

  private static Path path(URL url) {
    try {
      URI uri = url.toURI();
      if ("jar".equals(uri.getScheme())) {
        FileSystem fs;
        try {
          fs = FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
          fs = FileSystems.getFileSystem(uri);
        }
        return fs.provider().getPath(uri);
      }
      return Path.of(uri);
    } catch (URISyntaxException | IOException e) {
      throw new IllegalStateException("cannot open " + url + ": " + e.getMessage(), e);
    }
  }

  static void deleteTree(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.deleteIfExists(p);
        } catch (IOException e) {
          // best effort: a file left in the temporary folder is harmless
        }
      });
    } catch (IOException e) {
      // best effort
    }
  }
}
