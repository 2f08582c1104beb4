package org.opencities.testbench.registry.account;

import java.util.Objects;
import java.util.UUID;

/** An account's stable identifier. */
public record AccountId(UUID value) {

    public AccountId {
        Objects.requireNonNull(value, "account id");
    }

    public static AccountId random() {
        return new AccountId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
