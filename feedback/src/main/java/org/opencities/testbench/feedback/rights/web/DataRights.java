package org.opencities.testbench.feedback.rights.web;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Set;

import org.opencities.testbench.feedback.questionnaire.QuestionnaireId;
import org.opencities.testbench.feedback.questionnaire.Questionnaires;
import org.opencities.testbench.feedback.rights.ErasedTokens;
import org.opencities.testbench.feedback.rights.FreeTextKeys;
import org.opencities.testbench.feedback.rights.TesterData;
import org.opencities.testbench.feedback.rights.TesterErased;
import org.opencities.testbench.feedback.rights.TesterRecords;
import org.opencities.testbench.feedback.tester.Tester;
import org.opencities.testbench.feedback.tester.TesterToken;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a tester may do with their data, recognised by their personal token: download everything
 * kept about them, and erase it. Erasure runs in one transaction: the responses stay for aggregates
 * but lose the pseudonym, device, platform, segment and free text; drafts, enrolments, consent
 * records and reminders go; the token is remembered only as a digest, so later requests with it are
 * answered 410; {@code tester.erased} goes out through the outbox for the registry.
 */
@Service
@Transactional
class DataRights {

    private final TokenEnrolments enrolments;
    private final TesterRecords records;
    private final ErasedTokens erasedTokens;
    private final Questionnaires questionnaires;
    private final ApplicationEventPublisher events;

    DataRights(TokenEnrolments enrolments, TesterRecords records, ErasedTokens erasedTokens, Questionnaires questionnaires,
            ApplicationEventPublisher events) {
        this.enrolments = enrolments;
        this.records = records;
        this.erasedTokens = erasedTokens;
        this.questionnaires = questionnaires;
        this.events = events;
    }

    @Transactional(readOnly = true)
    TesterData export(String token) {
        return records.export(enrolments.of(token), Instant.now());
    }

    Erasure erase(String token) {
        var held = enrolments.of(token);
        var now = Instant.now();
        var pseudonyms = held.stream().map(Tester::pseudonym).distinct().toList();
        var freeTextKeys = new HashMap<String, Set<String>>();
        int responses = 0;
        for (String pseudonym : pseudonyms) {
            for (var answered : records.responsesOf(pseudonym)) {
                records.unlink(answered.responseId(), freeTextKeys.computeIfAbsent(
                        answered.questionnaireId() + "/" + answered.version(),
                        version -> freeTextKeysOf(answered.questionnaireId(), answered.version())));
                responses++;
            }
            records.deleteDrafts(pseudonym);
            events.publishEvent(TesterErased.of(pseudonym, now));
        }
        records.deleteEnrolments(held.stream().map(Tester::enrolmentId).toList());
        erasedTokens.remember(TesterToken.sha256(token), now);
        return new Erasure(now, held.size(), responses);
    }

    private Set<String> freeTextKeysOf(QuestionnaireId questionnaire, int version) {
        return questionnaires.find(questionnaire, version).map(FreeTextKeys::of)
                .orElseThrow(() -> new IllegalStateException("a response refers to questionnaire %s version %d, which is not stored"
                        .formatted(questionnaire, version)));
    }

    /** What an erasure did: when, how many enrolments it removed and how many responses it unlinked. */
    record Erasure(Instant erasedAt, int enrolments, int responsesUnlinked) {
    }
}
