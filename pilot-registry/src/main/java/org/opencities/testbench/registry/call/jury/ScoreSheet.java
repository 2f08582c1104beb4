package org.opencities.testbench.registry.call.jury;

import java.time.Instant;
import java.util.List;

import org.opencities.testbench.registry.call.Criterion;
import org.opencities.testbench.registry.call.application.ApplicationId;

/**
 * One juror's points for one application: 0 to 10 per criterion, in the order of the call's
 * criteria, with a comment. Scoring again replaces the sheet.
 */
public record ScoreSheet(ApplicationId application, String juror, List<Integer> points, String comment, Instant at) {

    public static final int MAX_POINTS = 10;
    public static final int MAX_COMMENT = 2000;

    public ScoreSheet {
        points = List.copyOf(points);
        comment = comment == null ? "" : comment;
    }

    /** Refuses a sheet that does not score each of the criteria once within 0..10. */
    public void checkAgainst(List<Criterion> criteria) {
        if (points.size() != criteria.size()) {
            throw new InvalidScore("points", "The call has " + criteria.size() + " criteria; give one score for each, not "
                    + points.size());
        }
        for (int i = 0; i < points.size(); i++) {
            Integer value = points.get(i);
            if (value == null || value < 0 || value > MAX_POINTS) {
                throw new InvalidScore("points[" + i + "]", "The score for '" + criteria.get(i).name() + "' is 0 to "
                        + MAX_POINTS + ", not " + value);
            }
        }
        if (comment.length() > MAX_COMMENT) {
            throw new InvalidScore("comment", "A comment has at most " + MAX_COMMENT + " characters, it has "
                    + comment.length());
        }
    }

    /** Σ weight × points over the criteria; divided by the weights' sum it is the juror's weighted mean. */
    public long weightedSum(List<Criterion> criteria) {
        long sum = 0;
        for (int i = 0; i < criteria.size(); i++) {
            sum += (long) criteria.get(i).weight() * points.get(i);
        }
        return sum;
    }
}
