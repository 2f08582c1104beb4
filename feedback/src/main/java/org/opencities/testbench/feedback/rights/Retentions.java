package org.opencities.testbench.feedback.rights;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.opencities.testbench.feedback.questionnaire.QuestionnaireId;

/** How long each campaign keeps raw free-text answers. */
public interface Retentions {

    void set(UUID campaignId, Duration freeText);

    Optional<Duration> freeTextOf(UUID campaignId);

    /** Every campaign with a free-text retention, with the questionnaire version it puts to testers. */
    List<FreeTextRetention> all();

    record FreeTextRetention(UUID campaignId, QuestionnaireId questionnaireId, int version, Duration period) {
    }
}
