package dev.offereval.model;

/** The parts of a compensation package that bands, positions and counter-offers speak of. */
public enum Component {
  /** Annual base salary. */
  BASE,
  /** Stock grant value, over the band's vesting years. */
  STOCK,
  /** Annual bonus target, in percent of base. */
  BONUS,
  /** Annual total comp: base + stock grant / vesting years + base x bonus %. */
  TOTAL_COMP,
  /** One-time sign-on bonus, counted in first-year total comp only. */
  SIGN_ON
}
