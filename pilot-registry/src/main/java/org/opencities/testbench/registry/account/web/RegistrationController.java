package org.opencities.testbench.registry.account.web;

import java.net.URI;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.opencities.testbench.registry.account.service.Registrations;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/registrations")
@Tag(name = "Registrations", description = "Self-registration of SMEs with e-mail confirmation")
class RegistrationController {

    private final Registrations registrations;
    private final ConfirmationLinks links;

    RegistrationController(Registrations registrations, ConfirmationLinks links) {
        this.registrations = registrations;
        this.links = links;
    }

    @PostMapping
    @Operation(summary = "Register an organisation and its first SME user (anyone); a confirmation link is mailed")
    ResponseEntity<RegistrationResponse> register(@Valid @RequestBody RegistrationRequest request) {
        var registered = registrations.register(request.toRegistration(), links.page());
        return ResponseEntity.created(URI.create("/api/v1/organisations/" + registered.organisation()))
                .body(RegistrationResponse.of(registered));
    }

    @PostMapping("/resend")
    @Operation(summary = "Mail a new confirmation link to an unconfirmed account (anyone); always 202, whether or not the address is registered")
    ResponseEntity<Void> resend(@Valid @RequestBody ResendRequest request) {
        registrations.resend(request.email(), links.page());
        return ResponseEntity.accepted().build();
    }

    @PostMapping("/confirm")
    @Operation(summary = "Confirm an account with the token from its mail (anyone); 409 if used or expired")
    AccountResponse confirm(@Valid @RequestBody ConfirmRequest request) {
        return AccountResponse.of(registrations.confirm(request.token()));
    }
}
