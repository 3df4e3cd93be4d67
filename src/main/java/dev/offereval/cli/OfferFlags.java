package dev.offereval.cli;

import dev.offereval.io.OfferCsvReader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * Every flag of one offer and its competing offer, as {@code offer} takes them: a picocli mixin, so
 * {@code negotiation start} takes the very same flags, help and error wording.
 */
final class OfferFlags {
  @Option(names = "--id", defaultValue = "offer", description = "An id for the report. Default: ${DEFAULT-VALUE}.")
  String id;

  @Option(names = "--company", required = true, description = "Company, such as Twilio.") String company;
  @Option(names = "--role", required = true, description = "Role, such as \"Data Engineer\".") String role;
  @Option(names = "--level", required = true, description = "Level at the company, such as L2.") String level;
  @Option(names = "--region", required = true, description = "Region id, such as san-francisco.") String region;
  @Option(names = "--currency", description = "ISO 4217 code. Default: the band's currency.") String currency;
  @Option(names = "--base", required = true, description = "Annual base salary.") String base;
  @Option(names = "--stock", description = "Stock grant value over --vest-years. Default: 0.") String stock;
  @Option(names = "--vest-years", description = "Years the grant vests over. Default: the band's (4).") String vestYears;
  @Option(names = "--vest-schedule", paramLabel = "SCHEDULE",
      description = "How the grant vests: yearly percentages such as 5/15/40/40, or even; either may end in"
          + " 'cliff 12m'. Default: even, no cliff.")
  String vestSchedule;
  @Option(names = "--bonus-pct", description = "Bonus target in percent. Default: 0.") String bonusPct;
  @Option(names = "--sign-on", description = "Sign-on bonus. Default: 0.") String signOn;

  @Option(names = "--skills", split = ",", paramLabel = "TAG",
      description = "Skill tags, comma-separated: cdp,kafka,flink,feature-store.")
  List<String> skills;

  @Option(names = "--competing-company", description = "Company of a competing offer.") String competingCompany;
  @Option(names = "--competing-level", description = "Its level, such as IC2.") String competingLevel;
  @Option(names = "--competing-base", description = "Its annual base salary.") String competingBase;
  @Option(names = "--competing-stock", description = "Its stock grant value.") String competingStock;
  @Option(names = "--competing-vest-years", description = "Years its grant vests over. Default: 4.")
  String competingVestYears;
  @Option(names = "--competing-vest-schedule", paramLabel = "SCHEDULE",
      description = "How its grant vests, as --vest-schedule. Default: even, no cliff.")
  String competingVestSchedule;
  @Option(names = "--competing-bonus-pct", description = "Its bonus target in percent. Default: unknown.")
  String competingBonusPct;
  @Option(names = "--competing-currency", description = "Its currency. Default: the offer's.")
  String competingCurrency;

  /** Errors name this command's flags, not the CSV columns its values stand in for. */
  static final OfferCsvReader.Naming FLAGS = new OfferCsvReader.Naming(flagNames(), "is not given");

  private static Map<String, String> flagNames() {
    Map<String, String> flags = new HashMap<>();
    for (String column : OfferCsvReader.COLUMNS) {
      flags.put(column, "--" + column.replace('_', '-'));
    }
    flags.put("offer_id", "--id");
    flags.put("stock_grant", "--stock");
    flags.put("competing_stock_grant", "--competing-stock");
    return flags;
  }

  /** The flags given, keyed by the CSV columns they stand in for; flags not given are left out. */
  Map<String, String> values() {
    Map<String, String> v = new HashMap<>();
    v.put("offer_id", id);
    v.put("company", company);
    v.put("role", role);
    v.put("level", level);
    v.put("region", region);
    v.put("currency", currency);
    v.put("base", base);
    v.put("stock_grant", stock);
    v.put("vest_years", vestYears);
    v.put("vest_schedule", vestSchedule);
    v.put("bonus_pct", bonusPct);
    v.put("sign_on", signOn);
    v.put("skills", skills == null ? null : String.join(";", skills));
    v.put("competing_company", competingCompany);
    v.put("competing_level", competingLevel);
    v.put("competing_base", competingBase);
    v.put("competing_stock_grant", competingStock);
    v.put("competing_vest_years", competingVestYears);
    v.put("competing_vest_schedule", competingVestSchedule);
    v.put("competing_bonus_pct", competingBonusPct);
    v.put("competing_currency", competingCurrency);
    v.values().removeIf(java.util.Objects::isNull);
    return v;
  }
}
