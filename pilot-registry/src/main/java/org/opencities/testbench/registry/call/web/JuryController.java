package org.opencities.testbench.registry.call.web;

import java.util.List;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.opencities.testbench.registry.call.CallId;
import org.opencities.testbench.registry.call.OpenCall;
import org.opencities.testbench.registry.call.application.Application;
import org.opencities.testbench.registry.call.application.ApplicationId;
import org.opencities.testbench.registry.call.application.ApplicationNotFound;
import org.opencities.testbench.registry.call.application.Applications;
import org.opencities.testbench.registry.call.service.Awarding;
import org.opencities.testbench.registry.call.service.CallDesk;
import org.opencities.testbench.registry.call.service.JuryRoom;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/calls/{callId}")
@Tag(name = "Call jury", description = "Jurors' scores and conflicts, the ranking, and the award")
class JuryController {

    private final CallDesk calls;
    private final Applications applications;
    private final JuryRoom jury;
    private final Awarding awarding;

    JuryController(CallDesk calls, Applications applications, JuryRoom jury, Awarding awarding) {
        this.calls = calls;
        this.applications = applications;
        this.jury = jury;
        this.awarding = awarding;
    }

    @PutMapping("/applications/{id}/score")
    @Operation(summary = "Score an application as one of the call's jurors while it is EVALUATING; replaces your earlier score")
    ScoreResponse score(@PathVariable String callId, @PathVariable String id, @Valid @RequestBody ScoreRequest request,
            Authentication caller) {
        var call = judged(callId, caller);
        return ScoreResponse.of(jury.score(call, application(call, id), caller.getName(), request.points(),
                request.comment()));
    }

    @PostMapping("/applications/{id}/conflict")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Declare a conflict of interest with an application: you are excluded from judging it")
    void conflict(@PathVariable String callId, @PathVariable String id, @Valid @RequestBody ConflictRequest request,
            Authentication caller) {
        var call = judged(callId, caller);
        jury.recuse(call, application(call, id), caller.getName(), request.reason());
    }

    @GetMapping("/ranking")
    @Operation(summary = "The applications ranked by the jury's weighted scores (managers and jurors of the call)")
    List<RankResponse> ranking(@PathVariable String callId, Authentication caller) {
        var call = CallAccess.ranked(caller, calls.find(new CallId(callId)));
        return jury.ranking(call).stream().map(RankResponse::of).toList();
    }

    @PostMapping("/award")
    @Operation(summary = "Award pilots to the chosen applications (at most maxPilots, within each city's capacity); "
            + "each becomes an accepted pilot and the call AWARDED")
    List<ApplicationResponse> award(@PathVariable String callId, @Valid @RequestBody AwardRequest request,
            Authentication caller) {
        var call = CallAccess.managed(caller, calls.find(new CallId(callId)));
        var chosen = request.applicationIds().stream().map(ApplicationId::of).toList();
        return awarding.award(call, chosen, caller.getName()).stream().map(ApplicationResponse::of).toList();
    }

    private OpenCall judged(String callId, Authentication caller) {
        return CallAccess.judged(caller, calls.find(new CallId(callId)));
    }

    private Application application(OpenCall call, String id) {
        return applications.findIn(call.id(), ApplicationId.of(id))
                .orElseThrow(() -> new ApplicationNotFound(id));
    }
}
