package dev.offereval.store;

import java.time.Instant;

/**
 * A negotiation in one line, as {@code negotiation list} prints it.
 *
 * @param id its id
 * @param company the company
 * @param role the role
 * @param rounds how many rounds it has
 * @param lastDecision the code of the last round's decision
 * @param open whether it still takes rounds
 * @param updatedAt when it last changed
 */
public record NegotiationSummary(long id, String company, String role, int rounds, String lastDecision, boolean open,
    Instant updatedAt) {}
