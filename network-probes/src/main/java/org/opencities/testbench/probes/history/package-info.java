/** Measurement history: every completed or failed run, queryable per segment, service, tool and time range, also in buckets. */
package org.opencities.testbench.probes.history;
