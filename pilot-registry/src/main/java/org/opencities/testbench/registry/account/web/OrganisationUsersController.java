package org.opencities.testbench.registry.account.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.opencities.testbench.registry.account.Accounts;
import org.opencities.testbench.registry.organisation.OrganisationId;
import org.opencities.testbench.registry.organisation.OrganisationNotFound;
import org.opencities.testbench.registry.organisation.Organisations;
import org.opencities.testbench.registry.organisation.web.OrganisationAccess;
import org.opencities.testbench.registry.web.PageResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Organisations")
class OrganisationUsersController {

    private final Accounts accounts;
    private final Organisations organisations;

    OrganisationUsersController(Accounts accounts, Organisations organisations) {
        this.accounts = accounts;
        this.organisations = organisations;
    }

    @GetMapping("/api/v1/organisations/{organisationId}/users")
    @Operation(summary = "List an organisation's registered users (its members and administrators)")
    ResponseEntity<PageResponse<AccountResponse>> list(@PathVariable String organisationId,
            @RequestParam(defaultValue = "0") @Min(0) int offset,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit, Authentication caller) {
        var organisation = new OrganisationId(organisationId);
        if (!OrganisationAccess.mayManage(caller, organisation) || organisations.find(organisation).isEmpty()) {
            throw new OrganisationNotFound(organisation);
        }
        var items = accounts.page(organisation, offset, limit).stream().map(AccountResponse::of).toList();
        return new PageResponse<>(items, offset, limit, accounts.count(organisation)).toResponse();
    }
}
