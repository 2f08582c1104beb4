package org.opencities.testbench.feedback.instrument.web;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Answers to score, in questionnaire order or one per respondent, as the instrument expects. */
record ScoreRequest(@NotNull @Size(min = 1, max = 10_000) List<@NotNull Integer> answers) {
}
