package org.opencities.testbench.orchestrator.admission;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.opencities.testbench.orchestrator.inventory.Segment;
import org.opencities.testbench.orchestrator.inventory.SegmentId;

/**
 * Segments together with what is committed on them: how listings show free capacity, and the
 * only way to change a segment's capacity or factors, so that no change leaves a segment holding
 * more than its new limits.
 */
public interface SegmentCapacities {

    /** The given segments with their committed capacity; ids the inventory lacks are left out. */
    Map<SegmentId, SegmentCapacity> of(Collection<SegmentId> ids);

    /**
     * Applies a change to one segment if it is still the version tagged {@code expectedTag}.
     *
     * @throws org.opencities.testbench.orchestrator.inventory.SegmentNotFound when there is no such segment
     * @throws org.opencities.testbench.orchestrator.inventory.SegmentChanged when it changed since the tag was read
     * @throws CapacityBelowCommitted when the new limits are below what is committed, with the numbers
     */
    Segment reconfigure(SegmentId id, String expectedTag, UnaryOperator<Segment> change);

    /**
     * Adds the new segments and replaces the existing ones, all or none.
     *
     * @return how many segments were added and how many replaced
     * @throws org.opencities.testbench.orchestrator.inventory.TopologyRejected listing every segment
     *     (by its position) whose new limits are below what is committed or whose OLT port another segment uses
     */
    Stored store(List<Segment> segments);

    /** What {@link #store} did. */
    record Stored(int added, int replaced) {
    }
}
