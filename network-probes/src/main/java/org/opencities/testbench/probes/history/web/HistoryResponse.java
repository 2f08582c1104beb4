package org.opencities.testbench.probes.history.web;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.opencities.testbench.probes.history.Bucket;

/**
 * One page of the history: run by run ({@code runs}), or downsampled ({@code step} and
 * {@code buckets}, empty buckets left out). {@code total} counts runs or buckets respectively.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record HistoryResponse(Instant from, Instant to, String step, List<RunResponse> runs, List<Bucket> buckets, int offset,
        int limit, long total) {
}
