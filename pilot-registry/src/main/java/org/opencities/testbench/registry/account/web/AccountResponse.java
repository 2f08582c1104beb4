package org.opencities.testbench.registry.account.web;

import org.opencities.testbench.registry.account.Account;

/** An account as the REST API shows it; never its password hash. */
record AccountResponse(String id, String email, String displayName, String language, String organisation,
        boolean confirmed) {

    static AccountResponse of(Account account) {
        return new AccountResponse(account.id().toString(), account.email(), account.displayName(),
                account.language().toLanguageTag(), account.organisation().value(), account.confirmed());
    }
}
