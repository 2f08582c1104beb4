package org.opencities.testbench.registry.enrolment.web;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.opencities.testbench.registry.enrolment.Enrolments;
import org.opencities.testbench.registry.invitation.web.PilotAccess;
import org.opencities.testbench.registry.web.PageResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A pilot's testers as its living labs see them (pseudonyms), and as its SMEs see them (counts). */
@RestController
@RequestMapping("/api/v1/pilots/{pilotId}/enrolments")
@Tag(name = "Enrolments")
class PilotEnrolmentController {

    private final Enrolments enrolments;
    private final PilotAccess access;

    PilotEnrolmentController(Enrolments enrolments, PilotAccess access) {
        this.enrolments = enrolments;
        this.access = access;
    }

    @GetMapping
    @Operation(summary = "The pilot's enrolments, oldest first, optionally in one city: pseudonyms and attributes,"
            + " never contact data (administrators, lab managers of one of the pilot's cities)")
    ResponseEntity<PageResponse<EnrolmentResponse>> list(@PathVariable String pilotId,
            @RequestParam(required = false) String city,
            @RequestParam(defaultValue = "0") @Min(0) int offset,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit, Authentication caller) {
        var pilot = access.managed(pilotId, caller);
        var items = enrolments.page(pilot.id(), city, offset, limit).stream().map(EnrolmentResponse::of).toList();
        return new PageResponse<>(items, offset, limit, enrolments.count(pilot.id(), city)).toResponse();
    }

    @GetMapping("/counts")
    @Operation(summary = "Enrolled and withdrawn testers per city (also the pilot's SMEs and operators)")
    List<CityCountResponse> counts(@PathVariable String pilotId, Authentication caller) {
        var pilot = access.followed(pilotId, caller);
        return enrolments.countsPerCity(pilot.id()).stream().map(CityCountResponse::of).toList();
    }
}
