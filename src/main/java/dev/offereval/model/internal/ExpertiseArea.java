package dev.offereval.model.internal;


/** An area of expertise, such as {@code cdp}, that skill tags map to. */
public record ExpertiseArea(String id, String title) {
  public ExpertiseArea {
    id = Keys.requireText(id, "id");
    title = Keys.requireText(title, "title");
  }
}
