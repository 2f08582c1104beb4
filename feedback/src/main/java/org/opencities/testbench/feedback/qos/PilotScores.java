package org.opencities.testbench.feedback.qos;

import java.util.List;

/** The scored responses of a pilot that carry a segment (erased testers' responses carry none). */
public interface PilotScores {

    List<ScoredAnswer> withSegment(String pilotId);
}
