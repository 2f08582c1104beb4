package org.opencities.testbench.registry.call.web;

import java.net.URI;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.opencities.testbench.registry.call.CallId;
import org.opencities.testbench.registry.call.CallState;
import org.opencities.testbench.registry.call.InvalidCall;
import org.opencities.testbench.registry.call.OpenCall;
import org.opencities.testbench.registry.call.OpenCalls;
import org.opencities.testbench.registry.call.service.CallDesk;
import org.opencities.testbench.registry.city.CityId;
import org.opencities.testbench.registry.web.Caller;
import org.opencities.testbench.registry.web.EntityVersions;
import org.opencities.testbench.registry.web.PageResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/calls")
@Tag(name = "Open calls", description = "Open calls for pilots: drafting, publishing, jurors and lifecycle")
class CallController {

    private final OpenCalls calls;
    private final CallDesk desk;

    CallController(OpenCalls calls, CallDesk desk) {
        this.calls = calls;
        this.desk = desk;
    }

    @GetMapping
    @Operation(summary = "List the calls you may see (drafts only for their managers), by closing instant; filter by state and city")
    ResponseEntity<PageResponse<CallResponse>> list(@RequestParam(required = false) String state,
            @RequestParam(required = false) String city,
            @RequestParam(defaultValue = "0") @Min(0) int offset,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit, Authentication caller) {
        var query = CallAccess.query(caller, state == null ? null : CallState.named(state), city);
        var items = calls.page(query, offset, limit).stream().map(CallResponse::of).toList();
        return new PageResponse<>(items, offset, limit, calls.count(query)).toResponse();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One call, with its version as ETag")
    ResponseEntity<CallResponse> get(@PathVariable String id, Authentication caller) {
        return withVersion(ResponseEntity.ok(), CallAccess.visible(caller, desk.find(new CallId(id))));
    }

    @PostMapping
    @Operation(summary = "Draft a call run by one of your cities (lab managers of that city, administrators)")
    ResponseEntity<CallResponse> create(@Valid @RequestBody CallRequest request, Authentication caller) {
        if (request.id() == null) {
            throw new InvalidCall("id", "A new call needs an id: a lower-case slug such as smart-city-services-2027");
        }
        if (request.owner() == null) {
            throw new InvalidCall("owner", "A new call needs the id of the city whose living lab runs it");
        }
        var who = Caller.of(caller);
        if (!who.is("ADMIN") && !who.cities().contains(request.owner())) {
            throw new AccessDeniedException("A lab manager drafts calls only for the cities it is bound to");
        }
        var call = desk.draft(new CallId(request.id()), new CityId(request.owner()), request.terms());
        return withVersion(ResponseEntity.created(URI.create("/api/v1/calls/" + call.id())), call);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Revise a draft; send its ETag in If-Match")
    ResponseEntity<CallResponse> revise(@PathVariable String id, @Valid @RequestBody CallRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Authentication caller) {
        var call = CallAccess.managed(caller, desk.find(new CallId(id)));
        long version = EntityVersions.requireMatch(ifMatch, call.version());
        return withVersion(ResponseEntity.ok(), desk.revise(call, version, request.terms()));
    }

    @PostMapping("/{id}/transitions")
    @Operation(summary = "Move the call: DRAFT to OPEN, OPEN to EVALUATING (needs 2 jurors), AWARDED to CLOSED; send its ETag in If-Match")
    ResponseEntity<CallResponse> move(@PathVariable String id, @Valid @RequestBody CallTransitionRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Authentication caller) {
        var target = CallState.named(request.to());
        var call = CallAccess.managed(caller, desk.find(new CallId(id)));
        long version = EntityVersions.requireMatch(ifMatch, call.version());
        return withVersion(ResponseEntity.ok(), desk.move(call, version, target));
    }

    @PutMapping("/{id}/jurors")
    @Operation(summary = "Name the call's jurors (lab managers' user names) before evaluation; send its ETag in If-Match")
    ResponseEntity<CallResponse> jurors(@PathVariable String id, @Valid @RequestBody JurorsRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Authentication caller) {
        var call = CallAccess.managed(caller, desk.find(new CallId(id)));
        long version = EntityVersions.requireMatch(ifMatch, call.version());
        return withVersion(ResponseEntity.ok(), desk.nameJurors(call, version, request.jurors()));
    }

    private static ResponseEntity<CallResponse> withVersion(ResponseEntity.BodyBuilder response, OpenCall call) {
        return response.eTag(EntityVersions.etag(call.version())).body(CallResponse.of(call));
    }
}
