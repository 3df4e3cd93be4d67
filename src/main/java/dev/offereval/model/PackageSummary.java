package dev.offereval.model;

/**
 * One package of the per-year table: the offer, a competing offer or the counter, in the
 * evaluation currency.
 *
 * @param kind {@code offer}, {@code competing} or {@code counter}
 * @param competingIndex the competing offer's index, or -1
 * @param label {@code offer}, {@code Snowflake IC2}, {@code counter}
 * @param schedule how its stock grant vests
 * @param value what it pays in each of years 1 to 4
 * @param valuePerYear its value per year in the comparison view (bonus included when known)
 * @param verdict for a competing offer, whether it is the anchor or why not; else null
 */
public record PackageSummary(
    String kind, int competingIndex, String label, VestSchedule schedule, PackageValue value, Money valuePerYear,
    String verdict) {}
