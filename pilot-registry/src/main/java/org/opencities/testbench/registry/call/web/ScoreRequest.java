package org.opencities.testbench.registry.call.web;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.opencities.testbench.registry.call.jury.ScoreSheet;

/** A juror's points for an application, one per criterion in the call's order, 0 to 10, with a comment. */
record ScoreRequest(@NotEmpty List<@NotNull @Min(0) @Max(ScoreSheet.MAX_POINTS) Integer> points,
        @Size(max = ScoreSheet.MAX_COMMENT) String comment) {
}
