/**
 * Not API: reading negotiation guides into the data folder (import-guide). Some of it needs jars
 * that are optional dependencies of the library (picocli, jsoup, the progress bar, the CSV
 * dataformat, Javalin), which a library user does not have; it changes without notice and is left
 * out of the javadoc.
 */
package dev.offereval.io.guide;
