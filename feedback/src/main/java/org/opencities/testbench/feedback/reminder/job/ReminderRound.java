package org.opencities.testbench.feedback.reminder.job;

import java.time.Instant;
import java.util.UUID;

import org.opencities.testbench.feedback.campaign.Campaigns;
import org.opencities.testbench.feedback.reminder.ReminderDue;
import org.opencities.testbench.feedback.reminder.ReminderSender;
import org.opencities.testbench.feedback.reminder.Reminders;
import org.opencities.testbench.feedback.schedule.Leases;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * One round of reminders: for every open campaign with reminders, each tester who is due one and
 * has not answered gets it once. Recording and sending commit together (the default sender writes
 * to the outbox), and the recorded (campaign, reminder, tester) key keeps it to once even if two
 * replicas raced past the lease. Erased testers are gone from the tester table, withdrawn ones are
 * filtered out, so neither is ever reminded.
 */
@Component
@EnableConfigurationProperties(ReminderProperties.class)
public class ReminderRound {

    static final String LEASE = "reminders";
    private static final Logger log = LoggerFactory.getLogger(ReminderRound.class);

    private final Reminders reminders;
    private final Campaigns campaigns;
    private final ReminderSender sender;
    private final Leases leases;
    private final ReminderProperties properties;
    private final String holder = "feedback-" + UUID.randomUUID();

    ReminderRound(Reminders reminders, Campaigns campaigns, ReminderSender sender, Leases leases,
            ReminderProperties properties) {
        this.reminders = reminders;
        this.campaigns = campaigns;
        this.sender = sender;
        this.leases = leases;
        this.properties = properties;
    }

    /**
     * Sends what is due at the given time.
     *
     * @return how many reminders went out, or -1 when another replica holds the lease
     */
    @Transactional
    public int run(Instant now) {
        if (!leases.take(LEASE, holder, now.plus(properties.every().multipliedBy(2)))) {
            return -1;
        }
        int sent = 0;
        for (var campaignId : reminders.openCampaignsWithReminders(now)) {
            var campaign = campaigns.find(campaignId).orElseThrow();
            for (var reminder : reminders.of(campaignId)) {
                for (var tester : reminders.notYetReminded(campaignId, campaign.pilotId(), reminder.name())) {
                    if (reminder.dueNow(campaign, tester, now)
                            && reminders.markSent(campaignId, reminder.name(), tester.pseudonym(), now)) {
                        sender.send(new ReminderDue(campaignId.toString(), campaign.pilotId(), reminder.name(),
                                tester.enrolmentId(), tester.pseudonym(), tester.language(), campaign.closesAt()));
                        sent++;
                    }
                }
            }
        }
        if (sent > 0) {
            log.info("Sent {} campaign reminders", sent);
        }
        return sent;
    }
}
