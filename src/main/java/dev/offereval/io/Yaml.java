package dev.offereval.io;

import dev.offereval.model.DataException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.offereval.model.DataIssue;
import java.io.IOException;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reading YAML safely: the limits, the strict mapper, the rejection of anchors and aliases, and
 * Jackson's errors turned into {@link DataIssue}s with file, line and field.
 */
public final class Yaml {
  private Yaml() {}

  /** Largest YAML document accepted, in characters. */
  public static final int MAX_CODE_POINTS = 5 * 1024 * 1024;

  /** Deepest YAML nesting accepted. */
  public static final int MAX_NESTING = 40;

  /** Longest number accepted in YAML, in characters. */
  public static final int MAX_NUMBER_LENGTH = 50;

  /** The one YAML mapper: strict, limited, and without polymorphic typing. */
  static final ObjectMapper MAPPER = newMapper();

  private static ObjectMapper newMapper() {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    options.setCodePointLimit(MAX_CODE_POINTS);
    options.setNestingDepthLimit(MAX_NESTING);
    options.setMaxAliasesForCollections(0);
    YAMLFactory factory =
        YAMLFactory.builder()
            .loaderOptions(options)
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_NESTING)
                    .maxNumberLength(MAX_NUMBER_LENGTH)
                    .build())
            .build();
    return JsonMapper.builder(factory)
        .propertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
        .build();
  }

  /**
   * Rejects YAML anchors and aliases: Jackson would hand an alias to the binder as the anchor's
   * name, a plain string, and the data would be silently misread.
   */
  static void rejectAliases(byte[] yaml, String name) throws DataException {
    try (com.fasterxml.jackson.dataformat.yaml.YAMLParser p =
        (com.fasterxml.jackson.dataformat.yaml.YAMLParser) MAPPER.getFactory().createParser(yaml)) {
      while (p.nextToken() != null) {
        if (p.isCurrentAlias() || p.getObjectId() != null) {
          throw new DataException(List.of(new DataIssue(name, p.currentTokenLocation().getLineNr(), "",
              "YAML anchors and aliases (&name, *name) are not supported; write the value out",
              Math.max(p.currentTokenLocation().getColumnNr(), 1))));
        }
      }
    } catch (com.fasterxml.jackson.core.exc.StreamConstraintsException e) {
      throw new DataException(List.of(issue(name, e)));
    } catch (JsonProcessingException e) {
      // the binder reports syntax errors with their line
    } catch (IOException e) {
      throw new DataException(List.of(new DataIssue(name, 0, "", "cannot read: " + e.getMessage())));
    }
  }

  /** Parses YAML text into a tree, with the same limits as loading (for tools that edit data files). */
  public static com.fasterxml.jackson.databind.JsonNode readTree(String text) throws IOException {
    return MAPPER.readTree(text);
  }

  static DataIssue issue(String name, JsonProcessingException e) {
    JsonLocation loc = e.getLocation();
    int line = loc == null ? 0 : loc.getLineNr();
    int column = loc == null || line <= 0 ? 0 : Math.max(loc.getColumnNr(), 1);
    String field = "";
    if (e instanceof JsonMappingException m) {
      field = path(m.getPath());
    }
    String reason = e.getOriginalMessage();
    if (reason != null) {
      reason = reason.replaceAll(" \\(class [^)]*\\)", "").replaceAll("`[a-z.]+\\.DataLoader\\$", "`");
      int cut = reason.indexOf(", not marked as ignorable");
      if (cut > 0) {
        reason = reason.substring(0, cut);
      }
    }
    return new DataIssue(name, line, field, reason == null ? e.getClass().getSimpleName() : reason.strip(), column);
  }

  private static String path(List<JsonMappingException.Reference> refs) {
    StringBuilder sb = new StringBuilder();
    for (JsonMappingException.Reference r : refs) {
      if (r.getIndex() >= 0) {
        sb.append('[').append(r.getIndex()).append(']');
      } else if (r.getFieldName() != null) {
        if (sb.length() > 0) {
          sb.append('.');
        }
        sb.append(r.getFieldName());
      }
    }
    return sb.toString();
  }
}
