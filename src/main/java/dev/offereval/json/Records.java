package dev.offereval.json;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Walks record components, so that a component added to a record later is written and read back
 * without code here: the codecs handle the components whose JSON shape is fixed by the CLI's
 * output, and every other component goes through Jackson under its snake_case name.
 */
final class Records {
  /** Nodes that keep a BigDecimal's scale: 170000.00 is written as such. */
  static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private Records() {}

  /** {@code vestYears} as {@code vest_years}. */
  static String snake(String name) {
    StringBuilder out = new StringBuilder(name.length() + 4);
    for (char c : name.toCharArray()) {
      if (Character.isUpperCase(c)) {
        out.append('_').append(Character.toLowerCase(c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Adds every component of {@code record} not named in {@code handled} to {@code node}, under its
   * snake_case name; its value is serialized when the node is written, by the same mapper.
   */
  static void writeOthers(ObjectNode node, Record record, Set<String> handled) {
    for (RecordComponent c : record.getClass().getRecordComponents()) {
      if (!handled.contains(c.getName())) {
        Object v = value(record, c);
        node.putPOJO(snake(c.getName()), v instanceof Optional<?> o ? o.orElse(null) : v);
      }
    }
  }

  /** Reads the components not in {@code known} from {@code node}, by their snake_case names. */
  static void readOthers(Class<? extends Record> type, JsonNode node, Map<String, Object> known,
      DeserializationContext ctxt) throws IOException {
    for (RecordComponent c : type.getRecordComponents()) {
      if (known.containsKey(c.getName())) {
        continue;
      }
      JsonNode v = node.get(snake(c.getName()));
      if (v != null && !v.isNull()) {
        known.put(c.getName(), ctxt.readTreeAsValue(v, ctxt.getTypeFactory().constructType(c.getGenericType())));
      }
    }
  }

  /**
   * The value at the parser as a tree, every number exact as written: {@code 170000.00} stays
   * that, whatever the mapper's {@code USE_BIG_DECIMAL_FOR_FLOATS} says.
   */
  static JsonNode readExact(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t == null) {
      t = p.nextToken();
    }
    switch (t) {
      case START_OBJECT -> {
        ObjectNode o = NODES.objectNode();
        for (t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
          String name = p.currentName();
          p.nextToken();
          o.set(name, readExact(p));
        }
        return o;
      }
      case START_ARRAY -> {
        ArrayNode a = NODES.arrayNode();
        for (t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
          a.add(readExact(p));
        }
        return a;
      }
      case VALUE_NUMBER_FLOAT -> {
        return NODES.numberNode(p.getDecimalValue());
      }
      case VALUE_NUMBER_INT -> {
        return NODES.numberNode(p.getBigIntegerValue());
      }
      case VALUE_STRING -> {
        return NODES.textNode(p.getText());
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        return NODES.booleanNode(t == JsonToken.VALUE_TRUE);
      }
      case VALUE_NULL -> {
        return NODES.nullNode();
      }
      default -> throw new JsonParseException(p, "unexpected " + t);
    }
  }

  /** Calls the canonical constructor; a component missing from {@code values} gets its empty value. */
  static <R extends Record> R construct(Class<R> type, Map<String, Object> values) {
    RecordComponent[] cs = type.getRecordComponents();
    Object[] args = new Object[cs.length];
    for (int i = 0; i < cs.length; i++) {
      Object v = values.get(cs[i].getName());
      args[i] = v != null ? v : empty(cs[i].getType());
    }
    try {
      Constructor<R> k = type.getDeclaredConstructor(Arrays.stream(cs).map(RecordComponent::getType).toArray(Class<?>[]::new));
      return k.newInstance(args);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot construct " + type.getSimpleName(), e);
    }
  }

  private static Object empty(Class<?> t) {
    if (t == int.class) {
      return 0;
    } else if (t == long.class) {
      return 0L;
    } else if (t == boolean.class) {
      return false;
    } else if (t == double.class) {
      return 0.0;
    } else if (t == SortedSet.class) {
      return new TreeSet<>();
    } else if (t == List.class) {
      return List.of();
    } else if (t == Set.class) {
      return Set.of();
    } else if (t == Map.class) {
      return Map.of();
    } else if (t == Optional.class) {
      return Optional.empty();
    }
    return null;
  }

  static Object value(Record r, RecordComponent c) {
    try {
      return c.getAccessor().invoke(r);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Every component of {@code r} by name. */
  static Map<String, Object> values(Record r) {
    Map<String, Object> out = new HashMap<>();
    for (RecordComponent c : r.getClass().getRecordComponents()) {
      out.put(c.getName(), value(r, c));
    }
    return out;
  }
}
