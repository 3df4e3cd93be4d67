/**
 * Not API: the rule compiler, the template filler, the validator and the scenario runner behind
 * the command line's {@code validate} and {@code test}. Public only for the command line; they
 * change without notice.
 */
package dev.offereval.engine.internal;
