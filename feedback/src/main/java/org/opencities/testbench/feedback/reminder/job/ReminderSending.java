package org.opencities.testbench.feedback.reminder.job;

import org.opencities.testbench.feedback.reminder.ReminderSender;
import org.opencities.testbench.feedback.reminder.TesterReminded;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The default way reminders leave: {@code tester.reminded} through the outbox, which the registry
 * turns into a mail to the address it keeps. A process that declares its own {@link ReminderSender}
 * bean replaces it.
 */
@Configuration(proxyBeanMethods = false)
class ReminderSending {

    @Bean
    @ConditionalOnMissingBean(ReminderSender.class)
    ReminderSender outboxReminderSender(ApplicationEventPublisher events) {
        return due -> events.publishEvent(TesterReminded.of(due));
    }
}
