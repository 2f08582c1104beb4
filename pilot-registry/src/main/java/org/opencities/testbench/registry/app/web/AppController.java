package org.opencities.testbench.registry.app.web;

import java.net.URI;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.opencities.testbench.registry.app.App;
import org.opencities.testbench.registry.app.AppId;
import org.opencities.testbench.registry.app.AppNotFound;
import org.opencities.testbench.registry.app.Apps;
import org.opencities.testbench.registry.organisation.OrganisationId;
import org.opencities.testbench.registry.organisation.OrganisationNotFound;
import org.opencities.testbench.registry.organisation.Organisations;
import org.opencities.testbench.registry.organisation.web.OrganisationAccess;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Apps", description = "Apps organisations bring to pilots, with their network requirements")
class AppController {

    private final Apps apps;
    private final Organisations organisations;

    AppController(Apps apps, Organisations organisations) {
        this.apps = apps;
        this.organisations = organisations;
    }

    @GetMapping("/api/v1/organisations/{organisationId}/apps")
    @Operation(summary = "List an organisation's apps ordered by name")
    ResponseEntity<PageResponse<AppResponse>> list(@PathVariable String organisationId,
            @RequestParam(defaultValue = "0") @Min(0) int offset,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit, Authentication caller) {
        var organisation = new OrganisationId(organisationId);
        if (!OrganisationAccess.mayReadApps(caller, organisation) || organisations.find(organisation).isEmpty()) {
            throw new OrganisationNotFound(organisation);
        }
        var items = apps.page(organisation, offset, limit).stream().map(AppResponse::of).toList();
        return new PageResponse<>(items, offset, limit, apps.count(organisation)).toResponse();
    }

    @PostMapping("/api/v1/organisations/{organisationId}/apps")
    @Operation(summary = "Register an app of the organisation")
    ResponseEntity<AppResponse> register(@PathVariable String organisationId, @Valid @RequestBody AppRequest request,
            Authentication caller) {
        var organisation = new OrganisationId(organisationId);
        if (!OrganisationAccess.mayManage(caller, organisation) || organisations.find(organisation).isEmpty()) {
            throw new OrganisationNotFound(organisation);
        }
        var app = new App(AppId.random(), organisation, request.name(), request.description(), request.category(),
                request.platforms(), request.locales(), request.websiteUri(),
                request.networkRequirements().toRequirements(), 0);
        apps.addIfAbsent(app);
        return ResponseEntity.created(URI.create("/api/v1/apps/" + app.id()))
                .eTag(EntityVersions.etag(app.version()))
                .body(AppResponse.of(app));
    }

    @GetMapping("/api/v1/apps/{id}")
    @Operation(summary = "One app; its ETag is needed to update it")
    ResponseEntity<AppResponse> get(@PathVariable String id, Authentication caller) {
        var appId = AppId.of(id);
        var app = apps.find(appId)
                .filter(found -> OrganisationAccess.mayReadApps(caller, found.organisation()))
                .orElseThrow(() -> new AppNotFound(appId));
        return ResponseEntity.ok().eTag(EntityVersions.etag(app.version())).body(AppResponse.of(app));
    }

    @PutMapping("/api/v1/apps/{id}")
    @Operation(summary = "Replace an app's details; send its ETag in If-Match")
    ResponseEntity<AppResponse> update(@PathVariable String id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody AppRequest request, Authentication caller) {
        var appId = AppId.of(id);
        var current = apps.find(appId)
                .filter(found -> OrganisationAccess.mayManage(caller, found.organisation()))
                .orElseThrow(() -> new AppNotFound(appId));
        EntityVersions.requireMatch(ifMatch, current.version());
        var updated = apps.update(current.withDetails(request.name(), request.description(), request.category(),
                request.platforms(), request.locales(), request.websiteUri(),
                request.networkRequirements().toRequirements()));
        return ResponseEntity.ok().eTag(EntityVersions.etag(updated.version())).body(AppResponse.of(updated));
    }
}
