package org.opencities.testbench.orchestrator.ordering;

import java.time.Instant;
import java.util.List;

/**
 * What a client tells about an order beyond its items, kept so that the order reads back as it
 * was sent (TMF641 names). Every member may be {@code null} or empty.
 */
public record OrderDetails(String priority, String category, Instant requestedStartDate,
        Instant requestedCompletionDate, String cancellationReason, Instant cancellationDate, List<Note> notes,
        List<Party> relatedParties) {

    /** No details. */
    public static final OrderDetails NONE = new OrderDetails(null, null, null, null, null, null, List.of(), List.of());

    public OrderDetails {
        notes = notes == null ? List.of() : List.copyOf(notes);
        relatedParties = relatedParties == null ? List.of() : List.copyOf(relatedParties);
    }

    /** The same details with a cancellation request's reason and date. */
    public OrderDetails cancelled(String reason, Instant date) {
        return new OrderDetails(priority, category, requestedStartDate, requestedCompletionDate, reason, date, notes,
                relatedParties);
    }

    /** A TMF641 note: {@code text} is required. */
    public record Note(String id, String author, Instant date, String text) {
    }

    /** A TMF641 related party: {@code id}, {@code @type} and {@code @referredType} are required. */
    public record Party(String id, String href, String name, String role, String type, String referredType) {
    }
}
