package dev.offereval.model;

import dev.offereval.model.internal.Keys;

/** What identifies a band: company, role, level and region, compared case-insensitively. */
public record BandKey(String company, String role, String level, String region) {

  /**
   * A key whose parts are lower case with single spaces, so that keys compare case-insensitively.
   *
   * @param company the company
   * @param role the role
   * @param level the level
   * @param region the region
   */
  public BandKey {
    company = Keys.of(company);
    role = Keys.of(role);
    level = Keys.of(level);
    region = Keys.of(region);
  }

  @Override
  public String toString() {
    return company + " / " + role + " / " + level + " / " + region;
  }
}
