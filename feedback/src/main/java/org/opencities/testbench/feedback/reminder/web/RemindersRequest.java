package org.opencities.testbench.feedback.reminder.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Pattern;

import org.opencities.testbench.feedback.InvalidRequest;
import org.opencities.testbench.feedback.Violation;
import org.opencities.testbench.feedback.reminder.Reminder;

/**
 * A campaign's reminders, e.g. {@code {"reminders": [{"name": "last-call", "kind": "before-close", "offset": "P2D"},
 * {"name": "nudge", "kind": "after-no-answer", "offset": "P7D"}]}}.
 */
record RemindersRequest(List<ReminderRequest> reminders) {

    private static final Pattern NAME = Pattern.compile("[a-z0-9-]{1,40}");

    record ReminderRequest(String name, String kind, Duration offset) {
    }

    /** @throws InvalidRequest naming {@code reminders[i].<field>} for every field that is wrong */
    List<Reminder> read() {
        if (reminders == null) {
            throw new InvalidRequest("reminders", "is required: a list, empty for none");
        }
        var violations = new ArrayList<Violation>();
        var names = new HashSet<String>();
        var read = new ArrayList<Reminder>();
        for (int i = 0; i < reminders.size(); i++) {
            var reminder = reminders.get(i);
            String at = "reminders[" + i + "].";
            if (reminder == null) {
                violations.add(new Violation("reminders[" + i + "]", "must be an object"));
                continue;
            }
            if (reminder.name() == null || !NAME.matcher(reminder.name()).matches()) {
                violations.add(new Violation(at + "name", "must be 1-40 lower-case letters, digits or hyphens"));
            } else if (!names.add(reminder.name())) {
                violations.add(new Violation(at + "name", "'" + reminder.name() + "' is used twice"));
            }
            var kind = Reminder.Kind.of(reminder.kind());
            if (kind.isEmpty()) {
                violations.add(new Violation(at + "kind", "must be before-close or after-no-answer"));
            }
            if (reminder.offset() == null || reminder.offset().isNegative() || reminder.offset().isZero()) {
                violations.add(new Violation(at + "offset", "must be a positive ISO-8601 duration, e.g. P2D"));
            }
            if (violations.isEmpty()) {
                read.add(new Reminder(reminder.name(), kind.get(), reminder.offset()));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequest(violations);
        }
        return read;
    }

    static RemindersRequest of(List<Reminder> reminders) {
        return new RemindersRequest(reminders.stream()
                .map(reminder -> new ReminderRequest(reminder.name(), reminder.kind().code(), reminder.offset())).toList());
    }
}
