package org.opencities.testbench.registry.organisation.web;

import java.net.URI;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.opencities.testbench.registry.organisation.Organisation;
import org.opencities.testbench.registry.organisation.OrganisationId;
import org.opencities.testbench.registry.organisation.OrganisationNotFound;
import org.opencities.testbench.registry.organisation.Organisations;
import org.opencities.testbench.registry.web.EntityVersions;
import org.opencities.testbench.registry.web.PageResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
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
@RequestMapping("/api/v1/organisations")
@Tag(name = "Organisations", description = "Organisations that bring apps to pilots")
class OrganisationController {

    private final Organisations organisations;

    OrganisationController(Organisations organisations) {
        this.organisations = organisations;
    }

    @GetMapping
    @Operation(summary = "List organisations ordered by name (administrators)")
    ResponseEntity<PageResponse<OrganisationResponse>> list(@RequestParam(defaultValue = "0") @Min(0) int offset,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit) {
        var items = organisations.page(offset, limit).stream().map(OrganisationResponse::of).toList();
        return new PageResponse<>(items, offset, limit, organisations.count()).toResponse();
    }

    @PostMapping
    @Operation(summary = "Register an organisation (administrators)")
    ResponseEntity<OrganisationResponse> register(@Valid @RequestBody RegisterOrganisationRequest request) {
        var added = organisations.add(new Organisation(new OrganisationId(request.id()), request.name(), request.country(),
                request.vatId(), request.contactEmail(), 0));
        return ResponseEntity.created(URI.create("/api/v1/organisations/" + added.id()))
                .eTag(EntityVersions.etag(added.version()))
                .body(OrganisationResponse.of(added));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One organisation; its ETag is needed to update it")
    ResponseEntity<OrganisationResponse> get(@PathVariable String id, Authentication caller) {
        var organisation = visible(new OrganisationId(id), caller);
        return ResponseEntity.ok().eTag(EntityVersions.etag(organisation.version())).body(OrganisationResponse.of(organisation));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace an organisation's details; send its ETag in If-Match")
    ResponseEntity<OrganisationResponse> update(@PathVariable String id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody UpdateOrganisationRequest request, Authentication caller) {
        var current = visible(new OrganisationId(id), caller);
        EntityVersions.requireMatch(ifMatch, current.version());
        var updated = organisations.update(
                current.withDetails(request.name(), request.country(), request.vatId(), request.contactEmail()));
        return ResponseEntity.ok().eTag(EntityVersions.etag(updated.version())).body(OrganisationResponse.of(updated));
    }

    private Organisation visible(OrganisationId id, Authentication caller) {
        if (!OrganisationAccess.mayManage(caller, id)) {
            throw new OrganisationNotFound(id);
        }
        return organisations.find(id).orElseThrow(() -> new OrganisationNotFound(id));
    }
}
