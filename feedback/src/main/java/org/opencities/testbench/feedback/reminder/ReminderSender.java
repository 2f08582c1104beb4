package org.opencities.testbench.feedback.reminder;

/**
 * Sends reminders. Feedback holds no contact data, so the default sender asks the registry (which
 * has the testers' e-mail addresses and a mail sender) through an event; a process may plug in
 * another sender (push notifications from the pilot's app, say).
 */
public interface ReminderSender {

    /** Sends the reminder; called inside the transaction that records it as sent. */
    void send(ReminderDue reminder);
}
