/**
 * Not API: bands computed from raw compensation records ({@code offer-eval bands-from}): reading a
 * records CSV a record at a time, the percentiles of each company, role, level and region, and the
 * band files written from them. It changes without notice and is left out of the javadoc.
 */
package dev.offereval.io.records;
