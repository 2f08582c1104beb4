package org.opencities.testbench.registry.call.web;

import java.time.Instant;
import java.util.List;

import org.opencities.testbench.registry.call.jury.ScoreSheet;

/** A juror's stored score sheet. */
record ScoreResponse(String applicationId, String juror, List<Integer> points, String comment, Instant scoredAt) {

    static ScoreResponse of(ScoreSheet sheet) {
        return new ScoreResponse(sheet.application().toString(), sheet.juror(), sheet.points(), sheet.comment(), sheet.at());
    }
}
