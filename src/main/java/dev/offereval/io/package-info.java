/**
 * Not API: the command line's input and output: data loading, CSV reading and writing, the HTML
 * and text reports, the JSON writer. Some of it needs jars that are optional dependencies of the
 * library (picocli, jsoup, the progress bar, the CSV dataformat, Javalin), which a library user
 * does not have; it changes without notice and is left out of the javadoc.
 */
package dev.offereval.io;
