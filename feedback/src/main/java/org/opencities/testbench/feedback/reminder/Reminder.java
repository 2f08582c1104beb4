package org.opencities.testbench.feedback.reminder;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import org.opencities.testbench.feedback.campaign.Campaign;
import org.opencities.testbench.feedback.tester.Tester;

/**
 * One reminder of a campaign, sent at most once to each tester who has not answered: either a set
 * time before the campaign closes, or a set time after the campaign opened for the tester without
 * an answer.
 *
 * @param name unique within the campaign, 1-40 lower-case letters, digits or hyphens
 */
public record Reminder(String name, Kind kind, Duration offset) {

    public enum Kind {
        BEFORE_CLOSE("before-close"), AFTER_NO_ANSWER("after-no-answer");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        public static Optional<Kind> of(String code) {
            for (Kind kind : values()) {
                if (kind.code.equals(code)) {
                    return Optional.of(kind);
                }
            }
            return Optional.empty();
        }
    }

    public Reminder {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        if (offset == null || offset.isNegative() || offset.isZero()) {
            throw new IllegalArgumentException("a reminder's offset must be positive: " + offset);
        }
    }

    /** When the reminder falls due for the tester. */
    public Instant dueFor(Campaign campaign, Tester tester) {
        return switch (kind) {
            case BEFORE_CLOSE -> campaign.closesAt().minus(offset);
            case AFTER_NO_ANSWER -> campaign.opensFor(tester).plus(offset);
        };
    }

    /** Whether to remind the tester now: due, the campaign open for them, and not closed. */
    public boolean dueNow(Campaign campaign, Tester tester, Instant now) {
        return !now.isBefore(dueFor(campaign, tester)) && !now.isBefore(campaign.opensFor(tester))
                && now.isBefore(campaign.closesAt());
    }
}
