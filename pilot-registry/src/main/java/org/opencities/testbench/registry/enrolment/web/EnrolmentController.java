package org.opencities.testbench.registry.enrolment.web;

import java.net.URI;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.opencities.testbench.registry.enrolment.service.Enrolling;
import org.opencities.testbench.registry.invitation.SecretToken;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The tester's side of enrolment. No account is needed: the invitation token admits a tester once,
 * and the personal token they receive admits them to their own enrolment only.
 */
@RestController
@RequestMapping("/api/v1/enrolments")
@Tag(name = "Enrolments", description = "Testers join a pilot from an invitation, read and withdraw their enrolment")
class EnrolmentController {

    static final String TESTER_TOKEN = "X-Tester-Token";

    private final Enrolling enrolling;

    EnrolmentController(Enrolling enrolling) {
        this.enrolling = enrolling;
    }

    @PostMapping
    @Operation(summary = "Enrol with an invitation token (anyone holding one). Expired link: 410, used link: 409,"
            + " unknown link: 404. The answer carries the tester's personal token, shown this once")
    ResponseEntity<EnrolledResponse> enrol(@Valid @RequestBody EnrolRequest request) {
        var enrolled = enrolling.enrol(new SecretToken(request.invitation()), request.form());
        String link = ServletUriComponentsBuilder.fromCurrentContextPath().path("/enrol/me/{token}")
                .buildAndExpand(enrolled.testerToken().value()).toUriString();
        return ResponseEntity.created(URI.create("/api/v1/enrolments/me"))
                .cacheControl(CacheControl.noStore())
                .body(new EnrolledResponse(EnrolmentResponse.of(enrolled.enrolment()), enrolled.testerToken().value(),
                        link));
    }

    @GetMapping("/me")
    @Operation(summary = "Your own enrolment (send your personal token in X-Tester-Token)")
    EnrolmentResponse mine(@RequestHeader(TESTER_TOKEN) String testerToken) {
        return EnrolmentResponse.of(enrolling.mine(new SecretToken(testerToken)));
    }

    @PostMapping("/me/withdraw")
    @Operation(summary = "Withdraw from the pilot (send your personal token in X-Tester-Token)")
    EnrolmentResponse withdraw(@RequestHeader(TESTER_TOKEN) String testerToken) {
        return EnrolmentResponse.of(enrolling.withdraw(new SecretToken(testerToken)));
    }
}
