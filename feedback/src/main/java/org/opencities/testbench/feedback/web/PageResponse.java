package org.opencities.testbench.feedback.web;

import java.util.List;

import org.springframework.http.ResponseEntity;

/**
 * One page of a list resource. The totals also travel as {@code X-Total-Count} and
 * {@code X-Result-Count} headers, as TM Forum lists do.
 */
public record PageResponse<T>(List<T> items, int offset, int limit, long total) {

    public ResponseEntity<PageResponse<T>> toResponse() {
        return ResponseEntity.ok()
                .header("X-Total-Count", Long.toString(total))
                .header("X-Result-Count", Integer.toString(items.size()))
                .body(this);
    }
}
