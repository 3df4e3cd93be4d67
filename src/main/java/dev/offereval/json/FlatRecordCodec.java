package dev.offereval.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.offereval.model.Money;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;

/**
 * A record whose amounts share one currency, such as an {@code Offer}, as one flat object: every
 * component under its snake_case name, in component order, the currency once (just before the
 * first amount) and each amount as a plain number, exact, as the CSV input columns have them.
 * A component added later is written and read with no change here.
 */
final class FlatRecordCodec {
  private FlatRecordCodec() {}

  static <R extends Record> StdSerializer<R> serializer(Class<R> type) {
    return new StdSerializer<>(type) {
      private static final long serialVersionUID = 1L;

      @Override
      public void serialize(R value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        ObjectNode o = Records.NODES.objectNode();
        boolean currencyWritten = false;
        for (RecordComponent c : type.getRecordComponents()) {
          Object v = Records.value(value, c);
          String key = Records.snake(c.getName());
          if (c.getType() == Money.class) {
            Money m = (Money) v;
            if (!currencyWritten && m != null) {
              o.put("currency", m.currency().getCurrencyCode());
              currencyWritten = true;
            }
            o.put(key, m == null ? null : m.amount());
          } else {
            o.putPOJO(key, v);
          }
        }
        o.serialize(gen, provider);
      }
    };
  }

  static <R extends Record> StdDeserializer<R> deserializer(Class<R> type) {
    return new StdDeserializer<>(type) {
      private static final long serialVersionUID = 1L;

      @Override
      public R deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonNode o = Records.readExact(p);
        Currency currency = o.hasNonNull("currency") ? Currency.getInstance(o.get("currency").asText()) : null;
        Map<String, Object> values = new HashMap<>();
        for (RecordComponent c : type.getRecordComponents()) {
          JsonNode v = o.get(Records.snake(c.getName()));
          if (c.getType() == Money.class) {
            values.put(c.getName(), v == null || v.isNull() || currency == null ? null : new Money(v.decimalValue(), currency));
          }
        }
        Records.readOthers(type, o, values, ctxt);
        return Records.construct(type, values);
      }
    };
  }
}
