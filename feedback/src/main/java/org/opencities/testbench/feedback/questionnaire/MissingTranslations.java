package org.opencities.testbench.feedback.questionnaire;

import java.util.List;

import org.opencities.testbench.feedback.Unprocessable;
import org.opencities.testbench.feedback.Violation;

/** Thrown when publishing a version that lacks a translation of a text in one of its target languages. */
public class MissingTranslations extends Unprocessable {

    public MissingTranslations(List<Violation> missing) {
        super("The questionnaire cannot be published until every text is translated into every target language",
                missing);
    }
}
