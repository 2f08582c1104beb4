package org.opencities.testbench.feedback.campaign;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.opencities.testbench.feedback.Unprocessable;
import org.opencities.testbench.feedback.Violation;
import org.opencities.testbench.feedback.pilot.Pilot;
import org.opencities.testbench.feedback.questionnaire.Questionnaire;
import org.opencities.testbench.feedback.questionnaire.QuestionnaireId;
import org.opencities.testbench.feedback.tester.Tester;

/**
 * A published questionnaire version put to a pilot's testers for a time window. The window opens
 * at {@code opensAt} and, for each tester, no earlier than {@code afterEnrolment} after they
 * enrolled ("after first use"); it closes at {@code closesAt} (by default the end of the pilot).
 * A quota per city caps how many responses the city's testers may give.
 *
 * @param afterEnrolment how long after enrolling a tester may answer, {@link Duration#ZERO} for at once
 * @param quotas most responses per city; cities without a quota are not capped
 */
public record Campaign(CampaignId id, String pilotId, QuestionnaireId questionnaireId, int version, Instant opensAt,
        Instant closesAt, Duration afterEnrolment, Map<String, Integer> quotas, String createdBy, Instant createdAt) {

    public Campaign {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(pilotId, "pilotId");
        Objects.requireNonNull(questionnaireId, "questionnaireId");
        Objects.requireNonNull(opensAt, "opensAt");
        Objects.requireNonNull(closesAt, "closesAt");
        Objects.requireNonNull(afterEnrolment, "afterEnrolment");
        quotas = Map.copyOf(quotas);
        Objects.requireNonNull(createdBy, "createdBy");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /**
     * A new campaign of a published version for a pilot.
     *
     * @param opensAt when it opens, or {@code null} for the pilot's first day
     * @param closesAt when it closes, or {@code null} for the end of the pilot's last day (UTC)
     * @throws Unprocessable if the version is a draft, the window is empty, or a quota is not for
     *     one of the pilot's cities or not positive
     */
    public static Campaign plan(Pilot pilot, Questionnaire questionnaire, Instant opensAt, Instant closesAt,
            Duration afterEnrolment, Map<String, Integer> quotas, String createdBy, Instant now) {
        var violations = new ArrayList<Violation>();
        if (!questionnaire.published()) {
            violations.add(new Violation("version", "version %d is a draft; publish it before putting it to testers"
                    .formatted(questionnaire.version())));
        }
        Instant opens = opensAt != null ? opensAt : pilot.startDate().atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant closes = closesAt != null ? closesAt : pilot.endDate().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        if (!closes.isAfter(opens)) {
            violations.add(new Violation("closesAt", "must be after the campaign opens (%s)".formatted(opens)));
        }
        if (!closes.isAfter(now)) {
            violations.add(new Violation("closesAt", "is in the past (%s)".formatted(closes)));
        }
        Duration delay = afterEnrolment == null ? Duration.ZERO : afterEnrolment;
        if (delay.isNegative()) {
            violations.add(new Violation("afterEnrolment", "must not be negative"));
        }
        quotas.forEach((city, quota) -> {
            if (!pilot.runsIn(city)) {
                violations.add(new Violation("quotas." + city, "is not one of the pilot's cities " + pilot.cities()));
            } else if (quota == null || quota < 1) {
                violations.add(new Violation("quotas." + city, "must be at least 1"));
            }
        });
        if (!violations.isEmpty()) {
            throw new Unprocessable("The campaign cannot be planned", violations);
        }
        return new Campaign(CampaignId.random(), pilot.id(), questionnaire.id(), questionnaire.version(), opens, closes,
                delay, quotas, createdBy, now);
    }

    /**
     * When the tester may start answering: when the campaign opens, or later if the campaign waits a
     * while after each enrolment. Without such a wait the enrolment time plays no part, so that a
     * registry clock slightly ahead of this one cannot keep a new tester out.
     */
    public Instant opensFor(Tester tester) {
        if (afterEnrolment.isZero()) {
            return opensAt;
        }
        var afterTheirEnrolment = tester.enrolledAt().plus(afterEnrolment);
        return afterTheirEnrolment.isAfter(opensAt) ? afterTheirEnrolment : opensAt;
    }

    /**
     * Refuses answers outside the tester's window.
     *
     * @throws CampaignNotOpen before it opens for the tester
     * @throws CampaignClosed once it has closed
     */
    public void checkOpenFor(Tester tester, Instant now) {
        if (!now.isBefore(closesAt)) {
            throw new CampaignClosed(id, closesAt);
        }
        var opens = opensFor(tester);
        if (now.isBefore(opens)) {
            throw new CampaignNotOpen(id, opens);
        }
    }

    public Optional<Integer> quota(String city) {
        return Optional.ofNullable(quotas.get(city));
    }
}
