package org.opencities.testbench.feedback.reminder.job;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of campaign reminders ({@code testbench.feedback.reminders.*}).
 *
 * @param every how often due reminders are looked for (also how late one may go out); the first round
 *     runs one period after start
 */
@ConfigurationProperties("testbench.feedback.reminders")
public record ReminderProperties(@DefaultValue("PT15M") Duration every) {
}
