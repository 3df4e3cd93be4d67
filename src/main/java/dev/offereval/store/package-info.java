/**
 * Negotiations kept round by round in a database: {@link dev.offereval.store.Negotiations} opens an
 * embedded SQLite file or a PostgreSQL database by its JDBC URL, and records each round's offer, what
 * was asked and what was decided; this package is API. It needs the optional JDBC drivers and
 * Flyway on the class path (see the README's Java API section).
 */
package dev.offereval.store;
