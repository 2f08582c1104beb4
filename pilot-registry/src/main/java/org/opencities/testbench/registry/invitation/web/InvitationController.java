package org.opencities.testbench.registry.invitation.web;

import java.net.URI;
import java.time.Clock;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.opencities.testbench.registry.invitation.InvitationBatch;
import org.opencities.testbench.registry.invitation.InvitationNotFound;
import org.opencities.testbench.registry.invitation.Invitations;
import org.opencities.testbench.registry.web.PageResponse;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/pilots/{pilotId}/invitations")
@Tag(name = "Invitations", description = "Single-use invitation links that recruit testers for a pilot")
class InvitationController {

    private final Invitations invitations;
    private final InvitationIssuing issuing;
    private final PilotAccess access;
    private final Clock clock = Clock.systemUTC();

    InvitationController(Invitations invitations, InvitationIssuing issuing, PilotAccess access) {
        this.invitations = invitations;
        this.issuing = issuing;
        this.access = access;
    }

    @PostMapping
    @Operation(summary = "Issue a batch of invitation links (administrators, lab managers of one of the pilot's cities)."
            + " The links are in this answer only; a repeated Idempotency-Key returns the batch without them")
    ResponseEntity<IssuedInvitationsResponse> issue(@PathVariable String pilotId,
            @Valid @RequestBody IssueInvitationsRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey, Authentication caller) {
        var pilot = access.managed(pilotId, caller);
        String key = idempotencyKey == null ? null : idempotencyKey.trim();
        if (key != null) {
            var earlier = invitations.findByIdempotencyKey(caller.getName(), key);
            if (earlier.isPresent()) {
                return ResponseEntity.ok().header("Idempotent-Replayed", "true")
                        .cacheControl(CacheControl.noStore())
                        .body(new IssuedInvitationsResponse(summary(earlier.get()), List.of()));
            }
        }
        var issued = issuing.issue(pilot, request.count(), request.expiresAt(), request.language(), caller.getName(), key);
        return ResponseEntity.created(URI.create("/api/v1/pilots/" + pilot.id() + "/invitations/" + issued.batch().batch().id()))
                .cacheControl(CacheControl.noStore())
                .body(new IssuedInvitationsResponse(InvitationBatchResponse.of(issued.batch()), issued.links()));
    }

    @GetMapping
    @Operation(summary = "The pilot's invitation batches, newest first, with used, unused and expired counts")
    ResponseEntity<PageResponse<InvitationBatchResponse>> list(@PathVariable String pilotId,
            @RequestParam(defaultValue = "0") @Min(0) int offset,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit, Authentication caller) {
        var pilot = access.managed(pilotId, caller);
        var items = invitations.batches(pilot.id(), clock.instant(), offset, limit).stream()
                .map(InvitationBatchResponse::of).toList();
        return new PageResponse<>(items, offset, limit, invitations.countBatches(pilot.id())).toResponse();
    }

    @GetMapping("/{batchId}")
    @Operation(summary = "One invitation batch with its counts")
    InvitationBatchResponse get(@PathVariable String pilotId, @PathVariable String batchId, Authentication caller) {
        var pilot = access.managed(pilotId, caller);
        return summary(batchOf(pilot.id().value(), batchId));
    }

    @PostMapping("/{batchId}/revoke")
    @Operation(summary = "Revoke a batch: its unused links stop working at once (repeating it changes nothing)")
    InvitationBatchResponse revoke(@PathVariable String pilotId, @PathVariable String batchId, Authentication caller) {
        var pilot = access.managed(pilotId, caller);
        var revoked = batchOf(pilot.id().value(), batchId).revoke(clock.instant());
        invitations.revoke(revoked);
        return summary(batchOf(pilot.id().value(), batchId));
    }

    private InvitationBatch batchOf(String pilotId, String batchId) {
        return invitations.findBatch(batchId).filter(batch -> batch.pilotId().value().equals(pilotId))
                .orElseThrow(() -> InvitationNotFound.batch(batchId));
    }

    private InvitationBatchResponse summary(InvitationBatch batch) {
        return InvitationBatchResponse.of(issuing.summary(batch));
    }
}
