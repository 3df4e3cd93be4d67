package dev.offereval.model;

/** What identifies a band: company, role, level and region, compared case-insensitively. */
public record BandKey(String company, String role, String level, String region) {

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
