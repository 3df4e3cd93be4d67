package dev.offereval.model.internal;


/** A company that counts as a peer in a named group, such as {@code data-platform}. */
public record PeerCompany(String group, String company) {
  public PeerCompany {
    group = Keys.requireText(group, "group");
    company = Keys.requireText(company, "company");
  }

  public String companyKey() {
    return Keys.of(company);
  }
}
