package org.opencities.testbench.registry.invitation.web;

import java.util.List;

/**
 * A new batch with its links, shown this once: only hashes of their tokens are stored. A repeated
 * request with the same Idempotency-Key gets the batch again without links.
 */
record IssuedInvitationsResponse(InvitationBatchResponse batch, List<String> links) {
}
