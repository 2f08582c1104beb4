package org.opencities.testbench.registry.enrolment.service;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.opencities.testbench.registry.account.Mail;
import org.opencities.testbench.registry.account.MailSender;
import org.opencities.testbench.registry.enrolment.CampaignReminder;
import org.opencities.testbench.registry.enrolment.Enrolments;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mails feedback's campaign reminders to the address the registry keeps for the tester, in the
 * tester's language, through the registry's {@link MailSender}. Only a tester who is still enrolled,
 * agreed to be contacted and left an address that was not erased is written to.
 */
@Service
public class TesterReminders {

    private final Enrolments enrolments;
    private final MailSender mail;
    private final MessageSource messages;

    public TesterReminders(Enrolments enrolments, MailSender mail, MessageSource messages) {
        this.enrolments = enrolments;
        this.mail = mail;
        this.messages = messages;
    }

    /** @return whether a mail went out; {@code false} when the tester may not or cannot be written to */
    @Transactional(readOnly = true)
    public boolean remind(CampaignReminder reminder) {
        var enrolment = enrolments.find(reminder.enrolmentId())
                .filter(found -> found.tester().equals(reminder.tester()) && found.mayBeContacted());
        var address = enrolment.flatMap(found -> enrolments.contactAddress(found.tester()));
        address.ifPresent(to -> mail.send(reminderMail(to, reminder)));
        return address.isPresent();
    }

    private Mail reminderMail(String to, CampaignReminder reminder) {
        var language = reminder.language();
        String closes = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(language)
                .withZone(ZoneOffset.UTC).format(reminder.closesAt());
        return new Mail(to, messages.getMessage("reminder.mail.subject", null, language),
                messages.getMessage("reminder.mail.body", new Object[] {closes}, language), language);
    }
}
