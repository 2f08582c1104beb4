package org.opencities.testbench.registry.call.web;

import java.net.URI;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.opencities.testbench.registry.app.AppId;
import org.opencities.testbench.registry.app.AppNotFound;
import org.opencities.testbench.registry.app.Apps;
import org.opencities.testbench.registry.call.CallId;
import org.opencities.testbench.registry.call.OpenCall;
import org.opencities.testbench.registry.call.application.Application;
import org.opencities.testbench.registry.call.application.ApplicationId;
import org.opencities.testbench.registry.call.application.ApplicationNotFound;
import org.opencities.testbench.registry.call.application.Applications;
import org.opencities.testbench.registry.call.service.ApplicationDesk;
import org.opencities.testbench.registry.call.service.CallDesk;
import org.opencities.testbench.registry.organisation.web.OrganisationAccess;
import org.opencities.testbench.registry.web.PageResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/calls/{callId}/applications")
@Tag(name = "Call applications", description = "SMEs' applications to open calls")
class ApplicationController {

    private final CallDesk calls;
    private final Applications applications;
    private final ApplicationDesk desk;
    private final Apps apps;

    ApplicationController(CallDesk calls, Applications applications, ApplicationDesk desk, Apps apps) {
        this.calls = calls;
        this.applications = applications;
        this.desk = desk;
        this.apps = apps;
    }

    @GetMapping
    @Operation(summary = "List the call's applications you may see (SMEs their organisations', managers and jurors all), oldest first")
    ResponseEntity<PageResponse<ApplicationResponse>> list(@PathVariable String callId,
            @RequestParam(defaultValue = "0") @Min(0) int offset,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit, Authentication caller) {
        var call = CallAccess.visible(caller, calls.find(new CallId(callId)));
        var organisations = CallAccess.applicationsSeenBy(caller, call);
        var items = applications.page(call.id(), organisations, offset, limit).stream().map(ApplicationResponse::of).toList();
        return new PageResponse<>(items, offset, limit, applications.count(call.id(), organisations)).toResponse();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One application")
    ApplicationResponse get(@PathVariable String callId, @PathVariable String id, Authentication caller) {
        var call = CallAccess.visible(caller, calls.find(new CallId(callId)));
        return ApplicationResponse.of(visible(call, id, caller));
    }

    @PostMapping
    @Operation(summary = "Apply to an open call with one of your organisation's apps (SMEs); honours Idempotency-Key")
    ResponseEntity<ApplicationResponse> apply(@PathVariable String callId, @Valid @RequestBody ApplyRequest request,
            Authentication caller) {
        var call = CallAccess.visible(caller, calls.find(new CallId(callId)));
        var appId = AppId.of(request.appId());
        var app = apps.find(appId).filter(found -> OrganisationAccess.mayManage(caller, found.organisation()))
                .orElseThrow(() -> new AppNotFound(appId));
        var application = desk.apply(call, app, request.plan(), caller.getName());
        return ResponseEntity.created(URI.create("/api/v1/calls/" + call.id() + "/applications/" + application.id()))
                .body(ApplicationResponse.of(application));
    }

    @PostMapping("/{id}/withdrawal")
    @Operation(summary = "Withdraw your organisation's application while the call is open (SMEs)")
    ApplicationResponse withdraw(@PathVariable String callId, @PathVariable String id, Authentication caller) {
        var call = CallAccess.visible(caller, calls.find(new CallId(callId)));
        var application = visible(call, id, caller);
        if (!OrganisationAccess.mayManage(caller, application.organisation())) {
            throw new ApplicationNotFound(id);
        }
        return ApplicationResponse.of(desk.withdraw(call, application));
    }

    private Application visible(OpenCall call, String id, Authentication caller) {
        return applications.findIn(call.id(), ApplicationId.of(id))
                .filter(found -> CallAccess.sees(caller, call, found))
                .orElseThrow(() -> new ApplicationNotFound(id));
    }
}
