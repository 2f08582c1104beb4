package org.opencities.testbench.feedback.rights.job;

import java.time.Instant;
import java.util.UUID;

import org.opencities.testbench.feedback.questionnaire.Questionnaires;
import org.opencities.testbench.feedback.rights.FreeTextKeys;
import org.opencities.testbench.feedback.rights.Retentions;
import org.opencities.testbench.feedback.rights.TesterRecords;
import org.opencities.testbench.feedback.schedule.Leases;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes the raw free-text answers of every campaign with a retention period once that period has
 * passed since their submission. One replica does it at a time, under the {@code free-text-retention}
 * lease, held for two rounds so that a replica that stops is replaced after at most that long.
 */
@Component
@EnableConfigurationProperties(RightsProperties.class)
public class FreeTextPurge {

    static final String LEASE = "free-text-retention";
    private static final Logger log = LoggerFactory.getLogger(FreeTextPurge.class);

    private final Retentions retentions;
    private final Questionnaires questionnaires;
    private final TesterRecords records;
    private final Leases leases;
    private final RightsProperties properties;
    private final String holder = "feedback-" + UUID.randomUUID();

    FreeTextPurge(Retentions retentions, Questionnaires questionnaires, TesterRecords records, Leases leases,
            RightsProperties properties) {
        this.retentions = retentions;
        this.questionnaires = questionnaires;
        this.records = records;
        this.leases = leases;
        this.properties = properties;
    }

    /**
     * One round at the given time.
     *
     * @return how many answers it deleted, or -1 when another replica holds the lease
     */
    @Transactional
    public int purge(Instant now) {
        if (!leases.take(LEASE, holder, now.plus(properties.retentionEvery().multipliedBy(2)))) {
            return -1;
        }
        int deleted = 0;
        for (var retention : retentions.all()) {
            var keys = questionnaires.find(retention.questionnaireId(), retention.version()).map(FreeTextKeys::of)
                    .orElseThrow(() -> new IllegalStateException("campaign " + retention.campaignId()
                            + " refers to a questionnaire version that is not stored"));
            deleted += records.deleteFreeText(retention.campaignId(), keys, now.minus(retention.period()));
        }
        if (deleted > 0) {
            log.info("Deleted {} free-text answers past their campaigns' retention", deleted);
        }
        return deleted;
    }
}
