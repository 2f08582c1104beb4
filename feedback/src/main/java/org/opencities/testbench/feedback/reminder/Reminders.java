package org.opencities.testbench.feedback.reminder;

import java.time.Instant;
import java.util.List;

import org.opencities.testbench.feedback.campaign.CampaignId;
import org.opencities.testbench.feedback.tester.Tester;

/** Campaigns' reminders and who has been reminded. */
public interface Reminders {

    /** Replaces the campaign's reminders; those already sent stay recorded under their names. */
    void set(CampaignId campaign, List<Reminder> reminders);

    List<Reminder> of(CampaignId campaign);

    /** The campaigns with reminders that have not closed by the time. */
    List<CampaignId> openCampaignsWithReminders(Instant now);

    /**
     * The testers of the campaign's pilot who take part, agreed to be contacted, have not withdrawn,
     * have not answered the campaign and have not had this reminder.
     */
    List<Tester> notYetReminded(CampaignId campaign, String pilotId, String reminder);

    /**
     * Records the reminder as sent to the tester.
     *
     * @return false if it was recorded already (by another replica, say); then it must not be sent again
     */
    boolean markSent(CampaignId campaign, String reminder, String tester, Instant at);

    /** Forgets which reminders the pseudonym had (on erasure). */
    void forget(String tester);
}
