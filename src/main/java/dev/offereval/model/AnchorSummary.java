package dev.offereval.model;

/**
 * The anchor as reported: what the counter was built from and why it won.
 *
 * @param competingIndex the competing offer's index, or -1 for the band target
 * @param label {@code Snowflake IC2}, or {@code band target}
 * @param valuePerYear the anchor's value per year in the comparison view, in the evaluation currency
 * @param withBonus false when the anchor leaves its bonus unknown, so its value is before bonus
 */
public record AnchorSummary(
    AnchorKind kind, int competingIndex, String label, Money valuePerYear, boolean withBonus, String why) {}
