package dev.offereval.io.records;

import java.util.Currency;

/**
 * One well-formed row of a records file, its figures held exactly as whole numbers of small units
 * (parsed from the text, never through a double), so that a million of them take little memory.
 *
 * @param line the line the row starts on
 * @param company the company, role, level and region as written (stripped)
 * @param baseCents the base salary in hundredths of the currency unit
 * @param grantCents the stock grant over {@code vestYears}, in hundredths of the currency unit
 * @param bonusTenThousandths the bonus target in ten-thousandths of a percent (10% is 100000)
 * @param epochDay the record's date, as {@link java.time.LocalDate#toEpochDay}
 * @param source the optional source column, or null when blank or absent
 */
public record CompensationRecord(int line, String company, String role, String level, String region,
    Currency currency, long baseCents, long grantCents, int vestYears, long bonusTenThousandths, int epochDay,
    String source) {}
