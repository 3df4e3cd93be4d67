/**
 * How negotiations are kept: the database connection, its migrations and owner-only file, and the
 * SQL that writes and reads rounds. Not API.
 */
package dev.offereval.store.internal;
