package org.opencities.testbench.orchestrator.web;

import java.util.List;

import org.springframework.http.ResponseEntity;

/**
 * One page of a list resource. The totals also travel as {@code X-Total-Count} and
 * {@code X-Result-Count} headers, as TM Forum lists do.
 */
public record PageResponse<T>(List<T> items, int offset, int limit, long total) {

    public ResponseEntity<PageResponse<T>> toResponse() {
        return counted(total, items.size()).body(this);
    }

    /** A 200 answer listing {@code listed} of {@code total} things, the counts in the headers TM Forum lists use. */
    public static ResponseEntity.BodyBuilder counted(long total, int listed) {
        return ResponseEntity.ok()
                .header("X-Total-Count", Long.toString(total))
                .header("X-Result-Count", Integer.toString(listed));
    }
}
