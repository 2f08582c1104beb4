package org.opencities.testbench.orchestrator.singlenode;

import java.util.Optional;

import org.opencities.testbench.orchestrator.inventory.SegmentFilter;
import org.opencities.testbench.orchestrator.inventory.Segments;
import org.opencities.testbench.orchestrator.probing.messaging.ProbeAssignments;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Live data for the demo: once the bench is up (and the demo topology seeded), every segment gets a
 * repeating STAMP task, sent over the broker like any assignment. The local agent reaches every
 * segment's probe on loopback (its own reflector), so the runs measure real packets. Sending again
 * on each start is harmless: the assignment ids and event ids are the same, and the agent keeps a
 * task it already has.
 */
@ConditionalOnBooleanProperty("testbench.orchestrator.demo-data")
class DemoProbing {

    private static final Logger log = LoggerFactory.getLogger(DemoProbing.class);
    private static final int MAX_SEGMENTS = 1_000;

    private final Segments segments;
    private final ProbeAssignments assignments;
    private final TransactionTemplate transactions;

    DemoProbing(Segments segments, ProbeAssignments assignments, TransactionTemplate transactions) {
        this.segments = segments;
        this.assignments = assignments;
        this.transactions = transactions;
    }

    /** The assignment id of a demo segment's task. */
    static String assignmentOf(String segmentId) {
        return "demo-" + segmentId;
    }

    @EventListener(ApplicationReadyEvent.class)
    void measureEverySegment() {
        var all = segments.page(new SegmentFilter(Optional.empty(), Optional.empty(), Optional.empty()), 0, MAX_SEGMENTS);
        transactions.executeWithoutResult(status -> all.forEach(segment ->
                assignments.schedule(assignmentOf(segment.id().value()), null, segment)));
        log.info("Demo probing: a STAMP task for each of {} segments sent to the local agent", all.size());
    }
}
