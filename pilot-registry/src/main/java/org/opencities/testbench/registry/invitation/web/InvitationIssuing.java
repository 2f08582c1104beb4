package org.opencities.testbench.registry.invitation.web;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.opencities.testbench.registry.invitation.BatchSummary;
import org.opencities.testbench.registry.invitation.InvitationBatch;
import org.opencities.testbench.registry.invitation.InvitationNotFound;
import org.opencities.testbench.registry.invitation.Invitations;
import org.opencities.testbench.registry.invitation.SecretToken;
import org.opencities.testbench.registry.pilot.Pilot;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Issues a batch of invitation links for the API and the lab managers' page alike. The links exist
 * only in the answer: the registry keeps their hashes.
 */
@Component
class InvitationIssuing {

    private final Invitations invitations;
    private final Clock clock = Clock.systemUTC();

    InvitationIssuing(Invitations invitations) {
        this.invitations = invitations;
    }

    /** A new batch with its links, absolute on the current request's host. */
    @Transactional
    Issued issue(Pilot pilot, int count, Instant expiresAt, String language, String actor, String idempotencyKey) {
        var issued = InvitationBatch.issue(pilot, count, expiresAt, language, actor, clock.instant());
        invitations.add(issued.batch(), issued.tokens().stream().map(SecretToken::hash).toList(), idempotencyKey);
        var links = issued.tokens().stream().map(token -> ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/enrol/{token}").buildAndExpand(token.value()).toUriString()).toList();
        return new Issued(summary(issued.batch()), links);
    }

    BatchSummary summary(InvitationBatch batch) {
        return invitations.summary(batch.id(), clock.instant()).orElseThrow(() -> InvitationNotFound.batch(batch.id()));
    }

    /** A batch just issued and its links. */
    record Issued(BatchSummary batch, List<String> links) {
    }
}
