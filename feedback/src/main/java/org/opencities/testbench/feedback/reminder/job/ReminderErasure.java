package org.opencities.testbench.feedback.reminder.job;

import org.opencities.testbench.feedback.reminder.Reminders;
import org.opencities.testbench.feedback.rights.TesterErased;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Erasing a tester also forgets which reminders they had, in the erasing transaction. */
@Component
class ReminderErasure {

    private final Reminders reminders;

    ReminderErasure(Reminders reminders) {
        this.reminders = reminders;
    }

    @EventListener
    void forget(TesterErased erased) {
        reminders.forget(erased.tester());
    }
}
