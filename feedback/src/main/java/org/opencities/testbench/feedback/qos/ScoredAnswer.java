package org.opencities.testbench.feedback.qos;

import java.time.Instant;
import java.util.Map;

/** One response's scores, with the segment and time to join measurements by. */
public record ScoredAnswer(String responseId, String segmentCode, Instant submittedAt, Map<String, Double> scores) {

    public ScoredAnswer {
        scores = Map.copyOf(scores);
    }
}
