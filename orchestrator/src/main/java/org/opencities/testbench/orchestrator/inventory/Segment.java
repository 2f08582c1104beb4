package org.opencities.testbench.orchestrator.inventory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * One PON tree: an OLT PON port, its splitter tree and the ONTs behind it, with the factors
 * admission control applies to it. A segment is always valid: construction checks every field
 * and throws {@link InvalidSegment} listing each one at fault.
 *
 * @param city id of the city the segment serves
 * @param centralOffice the central office that houses the OLT
 * @param splitRatio optical split, e.g. 64 for 1:64
 * @param ontCount ONTs connected now, at most the split ratio
 * @param usableDownKbps capacity that services may be admitted against, downstream (at most the line rate)
 * @param usableUpKbps capacity that services may be admitted against, upstream (at most the line rate)
 * @param headroom share of the usable capacity kept free of guaranteed rates, from 0 up to but not including 1
 * @param overbooking how many times the usable capacity the maximum rates may add up to, from 1 to 20
 * @param probe where the segment's measurement probe answers, or {@code null} when it has none
 */
public record Segment(SegmentId id, String city, String centralOffice, String olt, String ponPort,
        Technology technology, int splitRatio, int ontCount, SegmentStatus status, long usableDownKbps,
        long usableUpKbps, double headroom, double overbooking, ProbeEndpoint probe) {

    public Segment {
        List<Violation> violations = SegmentRules.check(id, city, centralOffice, olt, ponPort, technology, splitRatio,
                ontCount, status, usableDownKbps, usableUpKbps, headroom, overbooking);
        if (!violations.isEmpty()) {
            throw new InvalidSegment(id == null ? null : id.value(), violations);
        }
    }

    /** A segment of a technology with its default usable capacity, in service, with the given factors. */
    public static Segment of(SegmentId id, String city, String centralOffice, String olt, String ponPort,
            Technology technology, int splitRatio, int ontCount, double headroom, double overbooking) {
        return new Segment(id, city, centralOffice, olt, ponPort, technology, splitRatio, ontCount,
                SegmentStatus.IN_SERVICE, technology.usableDownKbps(), technology.usableUpKbps(), headroom, overbooking, null);
    }

    /** The same segment with another status, factors and usable capacity; checked like a new one. */
    public Segment reconfigured(SegmentStatus newStatus, double newHeadroom, double newOverbooking, long newDownKbps,
            long newUpKbps) {
        return new Segment(id, city, centralOffice, olt, ponPort, technology, splitRatio, ontCount, newStatus,
                newDownKbps, newUpKbps, newHeadroom, newOverbooking, probe);
    }

    /**
     * A tag that changes whenever any field of the segment changes: its HTTP entity tag, so that
     * a change is only applied to the version the caller has seen.
     */
    public String tag() {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** One field at fault and why. */
    public record Violation(String field, String reason) {
    }
}
