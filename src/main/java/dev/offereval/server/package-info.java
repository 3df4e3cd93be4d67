/**
 * Not API: offer-eval serve: the page and the HTTP API on Javalin. Some of it needs jars that are
 * optional dependencies of the library (picocli, jsoup, the progress bar, the CSV dataformat,
 * Javalin), which a library user does not have; it changes without notice and is left out of the
 * javadoc.
 */
package dev.offereval.server;
