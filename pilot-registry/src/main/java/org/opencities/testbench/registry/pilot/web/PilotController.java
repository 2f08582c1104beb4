package org.opencities.testbench.registry.pilot.web;

import java.net.URI;
import java.util.List;
import java.util.OptionalLong;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.opencities.testbench.registry.pilot.NetworkServices;
import org.opencities.testbench.registry.pilot.Pilot;
import org.opencities.testbench.registry.pilot.PilotId;
import org.opencities.testbench.registry.pilot.PilotNotFound;
import org.opencities.testbench.registry.pilot.PilotQuery;
import org.opencities.testbench.registry.pilot.PilotState;
import org.opencities.testbench.registry.pilot.Pilots;
import org.opencities.testbench.registry.pilot.Visibility;
import org.opencities.testbench.registry.pilot.service.PilotLifecycle;
import org.opencities.testbench.registry.web.EntityVersions;
import org.opencities.testbench.registry.web.PageResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
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
@RequestMapping("/api/v1/pilots")
@Tag(name = "Pilots", description = "Pilots and their lifecycle")
class PilotController {

    private final Pilots pilots;
    private final PilotLifecycle lifecycle;
    private final NetworkServices services;

    PilotController(Pilots pilots, PilotLifecycle lifecycle, NetworkServices services) {
        this.pilots = pilots;
        this.lifecycle = lifecycle;
        this.services = services;
    }

    @GetMapping
    @Operation(summary = "List the pilots you may see, newest first, optionally by state and city")
    ResponseEntity<PageResponse<PilotResponse>> list(@RequestParam(required = false) String state,
            @RequestParam(required = false) String city,
            @RequestParam(defaultValue = "0") @Min(0) int offset,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit, Authentication caller) {
        var query = PilotQuery.of(state == null ? null : PilotState.named(state), city, Callers.visibility(caller));
        var items = pilots.page(query, offset, limit).stream().map(PilotResponse::of).toList();
        return new PageResponse<>(items, offset, limit, pilots.count(query)).toResponse();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One pilot, with its version as ETag")
    ResponseEntity<PilotResponse> get(@PathVariable String id, Authentication caller) {
        return withVersion(ResponseEntity.ok(), visible(new PilotId(id), Callers.visibility(caller)));
    }

    @GetMapping("/{id}/transitions")
    @Operation(summary = "The pilot's audit: every state change with who made it and why, oldest first")
    ResponseEntity<PageResponse<TransitionResponse>> transitions(@PathVariable String id,
            @RequestParam(defaultValue = "0") @Min(0) int offset,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit, Authentication caller) {
        var pilot = visible(new PilotId(id), Callers.visibility(caller));
        var items = pilots.transitions(pilot.id(), offset, limit).stream().map(TransitionResponse::of).toList();
        return new PageResponse<>(items, offset, limit, pilots.countTransitions(pilot.id())).toResponse();
    }

    @GetMapping("/{id}/services")
    @Operation(summary = "The pilot's network services as the orchestrator reported them, with their open alarms")
    List<NetworkServiceResponse> services(@PathVariable String id, Authentication caller) {
        var pilot = visible(new PilotId(id), Callers.visibility(caller));
        return services.of(pilot.id()).stream().map(NetworkServiceResponse::of).toList();
    }

    @PostMapping("/{id}/transitions")
    @Operation(summary = "Move the pilot to another state; send its ETag in If-Match")
    ResponseEntity<PilotResponse> move(@PathVariable String id, @Valid @RequestBody TransitionRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Authentication caller) {
        var target = PilotState.named(request.to());
        var pilot = visible(new PilotId(id), Callers.changeable(caller));
        long version = EntityVersions.requireMatch(ifMatch, pilot.version());
        var moved = lifecycle.move(pilot.id(), OptionalLong.of(version), target, caller.getName(), request.reason());
        return withVersion(ResponseEntity.ok(), moved);
    }

    @PostMapping
    @Operation(summary = "Submit a pilot directly (administrators and lab managers of all its cities)")
    ResponseEntity<PilotResponse> submit(@Valid @RequestBody SubmitPilotRequest request, Authentication caller) {
        var changeable = Callers.changeable(caller);
        if (!changeable.everything() && !changeable.cities().containsAll(request.cities())) {
            throw new AccessDeniedException("A lab manager submits pilots only in the cities it is bound to");
        }
        var pilot = lifecycle.submit(request.appId(), request.organisationId(), request.cities(),
                request.plannedTesters(), request.startDate(), request.endDate(), request.network(), caller.getName());
        return withVersion(ResponseEntity.created(URI.create("/api/v1/pilots/" + pilot.id())), pilot);
    }

    private Pilot visible(PilotId id, Visibility visibility) {
        return pilots.find(id).filter(visibility::sees).orElseThrow(() -> new PilotNotFound(id));
    }

    private static ResponseEntity<PilotResponse> withVersion(ResponseEntity.BodyBuilder response, Pilot pilot) {
        return response.eTag(EntityVersions.etag(pilot.version())).body(PilotResponse.of(pilot));
    }
}
