package org.opencities.testbench.registry.enrolment.service;

import java.time.Clock;
import java.util.Optional;

import org.opencities.testbench.registry.consent.ConsentTexts;
import org.opencities.testbench.registry.enrolment.Enrolment;
import org.opencities.testbench.registry.enrolment.EnrolmentForm;
import org.opencities.testbench.registry.enrolment.Enrolments;
import org.opencities.testbench.registry.enrolment.TesterId;
import org.opencities.testbench.registry.enrolment.TesterNotFound;
import org.opencities.testbench.registry.invitation.Invitation;
import org.opencities.testbench.registry.invitation.InvitationNotFound;
import org.opencities.testbench.registry.invitation.InvitationUsed;
import org.opencities.testbench.registry.invitation.Invitations;
import org.opencities.testbench.registry.invitation.RecruitingPilots;
import org.opencities.testbench.registry.invitation.SecretToken;
import org.opencities.testbench.registry.pilot.Pilot;
import org.opencities.testbench.registry.pilot.PilotNotFound;
import org.opencities.testbench.registry.pilot.Pilots;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enrols testers from invitations and lets them withdraw. The used invitation, the tester, their
 * enrolment and its event commit together: a failed enrolment leaves the invitation unused.
 */
@Service
public class Enrolling {

    private final Invitations invitations;
    private final Pilots pilots;
    private final ConsentTexts consentTexts;
    private final Enrolments enrolments;
    private final ApplicationEventPublisher events;
    private final Clock clock = Clock.systemUTC();

    public Enrolling(Invitations invitations, Pilots pilots, ConsentTexts consentTexts, Enrolments enrolments,
            ApplicationEventPublisher events) {
        this.invitations = invitations;
        this.pilots = pilots;
        this.consentTexts = consentTexts;
        this.enrolments = enrolments;
        this.events = events;
    }

    /**
     * The invitation the token opens and its pilot, if a tester may still enrol with it; throws
     * {@code InvitationNotFound}, {@code InvitationExpired}, {@code InvitationUsed} or
     * {@code PilotNotRecruiting} otherwise.
     */
    @Transactional(readOnly = true)
    public Invited invited(SecretToken invitationToken) {
        var invitation = invitations.findByToken(invitationToken.hash()).orElseThrow(InvitationNotFound::token);
        invitation.requireUsable(clock.instant());
        var pilot = pilots.find(invitation.batch().pilotId())
                .orElseThrow(() -> new PilotNotFound(invitation.batch().pilotId()));
        RecruitingPilots.require(pilot);
        return new Invited(invitation, pilot);
    }

    /** The language of the invitation the token opens, used or not, if there is one. */
    @Transactional(readOnly = true)
    public Optional<String> languageOf(SecretToken invitationToken) {
        return invitations.findByToken(invitationToken.hash()).map(invitation -> invitation.batch().language());
    }

    /** Enrols a new pseudonymous tester with the invitation; the answer holds their personal token. */
    @Transactional
    public Enrolled enrol(SecretToken invitationToken, EnrolmentForm form) {
        var invited = invited(invitationToken);
        var now = clock.instant();
        var enrolment = Enrolment.enrol(invited.pilot(), TesterId.next(), form, consentTexts.current(), now);
        if (!invitations.markUsed(invited.invitation().tokenHash(), now)) {
            throw new InvitationUsed(null);
        }
        var testerToken = SecretToken.generate();
        enrolments.add(enrolment, testerToken.hash(), form.email(), invited.invitation().tokenHash());
        events.publishEvent(enrolment.created(testerToken.hash()));
        return new Enrolled(enrolment, testerToken);
    }

    /** The enrolment of the tester holding the token. */
    @Transactional(readOnly = true)
    public Enrolment mine(SecretToken testerToken) {
        return enrolments.findByTesterToken(testerToken.hash()).orElseThrow(TesterNotFound::new);
    }

    /** Ends the enrolment of the tester holding the token and announces it. */
    @Transactional
    public Enrolment withdraw(SecretToken testerToken) {
        var withdrawn = mine(testerToken).withdraw(clock.instant());
        enrolments.withdraw(withdrawn);
        events.publishEvent(withdrawn.withdrawn());
        return withdrawn;
    }

    /** An invitation that still admits a tester, and the pilot it admits to. */
    public record Invited(Invitation invitation, Pilot pilot) {
    }

    /** A new enrolment with the tester's personal token, which only the tester ever sees. */
    public record Enrolled(Enrolment enrolment, SecretToken testerToken) {
    }
}
