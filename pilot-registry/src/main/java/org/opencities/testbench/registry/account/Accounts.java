package org.opencities.testbench.registry.account;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.opencities.testbench.registry.organisation.OrganisationId;

/** All registered accounts. */
public interface Accounts {

    /**
     * Stores a new account.
     *
     * @throws EmailTaken if an account with its address exists already
     */
    void add(Account account);

    Optional<Account> find(AccountId id);

    /** The account with this address, in any letter case. */
    Optional<Account> findByEmail(String email);

    /** Marks the account's address confirmed at {@code at}, unless it already is. */
    void confirm(AccountId id, Instant at);

    /** An organisation's accounts ordered by e-mail address, {@code limit} of them from {@code offset}. */
    List<Account> page(OrganisationId organisation, int offset, int limit);

    long count(OrganisationId organisation);
}
