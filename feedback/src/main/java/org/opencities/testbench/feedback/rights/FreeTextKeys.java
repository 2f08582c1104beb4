package org.opencities.testbench.feedback.rights;

import java.util.Set;
import java.util.stream.Collectors;

import org.opencities.testbench.feedback.questionnaire.FreeTextItem;
import org.opencities.testbench.feedback.questionnaire.Questionnaire;

/** The answer keys of a questionnaire version under which testers wrote their own words. */
public final class FreeTextKeys {

    private FreeTextKeys() {
    }

    public static Set<String> of(Questionnaire questionnaire) {
        return questionnaire.items().stream().filter(FreeTextItem.class::isInstance).map(item -> item.key())
                .collect(Collectors.toUnmodifiableSet());
    }
}
