package dev.offereval.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.introspect.AnnotatedClass;
import com.fasterxml.jackson.databind.introspect.NopAnnotationIntrospector;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.offereval.model.Band;
import dev.offereval.model.CompetingOffer;
import dev.offereval.model.Evaluation;
import dev.offereval.model.Money;
import dev.offereval.model.Offer;
import dev.offereval.model.VestSchedule;
import java.io.IOException;
import java.util.Currency;
import java.util.List;

/**
 * Jackson support for offer-evaluator: register it on any {@code ObjectMapper} to write, and read
 * back, an {@link Evaluation}, an {@link Offer} and a {@link Band}.
 *
 * <pre>{@code
 * ObjectMapper mapper = JsonMapper.builder().addModule(new OfferEvalModule()).build();
 * String json = mapper.writeValueAsString(evaluation);
 * Evaluation back = mapper.readValue(json, Evaluation.class);
 * }</pre>
 *
 * <p>An evaluation is written exactly as {@code offer-eval offer --format json} prints it (the
 * command line uses this module): snake_case keys, money rounded half up to the currency's minor
 * unit in the evaluation currency, ratios to four places. Enable {@code
 * JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN} and {@code SerializationFeature.INDENT_OUTPUT}
 * for the very bytes the command prints. Reading it back gives an evaluation that writes the same
 * JSON again; money comes back rounded as written, and a competing offer's own-currency figures
 * are recomputed through its rate.
 *
 * <p>An offer is one flat object in the CSV input's terms: {@code offer_id}, {@code company},
 * {@code role}, {@code level}, {@code region}, {@code currency}, then {@code base}, {@code
 * stock_grant}, {@code vest_years}, {@code bonus_pct}, {@code sign_on} as exact plain numbers,
 * {@code skills}, and {@code competing}, each competing offer flat in the same way with its own
 * {@code currency}.
 *
 * <p>Components added to these records in later versions are written under their snake_case names
 * and read back; a {@link Money} among them is {@code {"amount": ..., "currency": ...}}. The module
 * registers Jackson's {@code JavaTimeModule} too. It holds no state: one instance may serve many
 * mappers.
 */
public final class OfferEvalModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** The module, ready to register. */
  public OfferEvalModule() {
    super("offer-evaluator", Version.unknownVersion());
    addSerializer(Evaluation.class, new EvaluationCodec.Serializer());
    addDeserializer(Evaluation.class, new EvaluationCodec.Deserializer());
    addSerializer(Band.class, new EvaluationCodec.BandSerializer());
    addDeserializer(Band.class, new EvaluationCodec.BandDeserializer());
    addSerializer(Offer.class, FlatRecordCodec.serializer(Offer.class));
    addDeserializer(Offer.class, FlatRecordCodec.deserializer(Offer.class));
    addSerializer(CompetingOffer.class, FlatRecordCodec.serializer(CompetingOffer.class));
    addDeserializer(CompetingOffer.class, FlatRecordCodec.deserializer(CompetingOffer.class));
    addSerializer(Money.class, new MoneySerializer());
    addDeserializer(Money.class, new MoneyDeserializer());
    addSerializer(VestSchedule.class, new VestScheduleSerializer());
    addDeserializer(VestSchedule.class, new VestScheduleDeserializer());
  }

  /**
   * The modules this one needs, registered before it: Jackson's {@code JavaTimeModule}.
   *
   * @return the modules
   */
  @Override
  public Iterable<? extends Module> getDependencies() {
    return List.of(new JavaTimeModule());
  }

  /**
   * Registers the serializers, and snake_case names for the other offer-evaluator records.
   *
   * @param context the mapper's set-up context
   */
  @Override
  public void setupModule(SetupContext context) {
    super.setupModule(context);
    context.insertAnnotationIntrospector(new SnakeCaseModel());
  }

  /** snake_case property names for the records of {@code dev.offereval.model}, and nothing else. */
  private static final class SnakeCaseModel extends NopAnnotationIntrospector {
    private static final long serialVersionUID = 1L;

    @Override
    public Object findNamingStrategy(AnnotatedClass ac) {
      return ac.getRawType().getPackageName().startsWith("dev.offereval.model")
          ? PropertyNamingStrategies.SnakeCaseStrategy.class : null;
    }
  }

  private static final class MoneySerializer extends StdSerializer<Money> {
    private static final long serialVersionUID = 1L;

    MoneySerializer() {
      super(Money.class);
    }

    @Override
    public void serialize(Money m, JsonGenerator gen, SerializerProvider provider) throws IOException {
      gen.writeStartObject();
      gen.writeNumberField("amount", m.rounded());
      gen.writeStringField("currency", m.currency().getCurrencyCode());
      gen.writeEndObject();
    }
  }

  /** A vesting schedule as its description, such as {@code 5/15/40/40 over 4 years, 12-month cliff}. */
  private static final class VestScheduleSerializer extends StdSerializer<VestSchedule> {
    private static final long serialVersionUID = 1L;

    VestScheduleSerializer() {
      super(VestSchedule.class);
    }

    @Override
    public void serialize(VestSchedule v, JsonGenerator gen, SerializerProvider provider) throws IOException {
      gen.writeString(v.describe());
    }
  }

  private static final class VestScheduleDeserializer extends StdDeserializer<VestSchedule> {
    private static final long serialVersionUID = 1L;

    VestScheduleDeserializer() {
      super(VestSchedule.class);
    }

    @Override
    public VestSchedule deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      VestSchedule v = EvaluationCodec.described(p.getValueAsString());
      return v != null ? v : (VestSchedule) ctxt.handleWeirdStringValue(VestSchedule.class, p.getValueAsString(),
          "not a vesting schedule such as \"even over 4 years\"");
    }
  }

  private static final class MoneyDeserializer extends StdDeserializer<Money> {
    private static final long serialVersionUID = 1L;

    MoneyDeserializer() {
      super(Money.class);
    }

    @Override
    public Money deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonNode o = Records.readExact(p);
      if (!o.hasNonNull("amount") || !o.hasNonNull("currency")) {
        return (Money) ctxt.handleUnexpectedToken(Money.class, p);
      }
      return new Money(o.get("amount").decimalValue(), Currency.getInstance(o.get("currency").asText()));
    }
  }
}
