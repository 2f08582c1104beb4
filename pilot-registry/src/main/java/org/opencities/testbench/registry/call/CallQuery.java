package org.opencities.testbench.registry.call;

import java.util.Set;

/**
 * A filter over calls.
 *
 * @param state only calls in this state, or {@code null} for any
 * @param city only calls run by or targeting this city, or {@code null} for any
 * @param draftsOf the cities whose drafts the caller may see besides every call that is not a draft
 * @param allDrafts whether the caller sees every draft (administrators)
 */
public record CallQuery(CallState state, String city, Set<String> draftsOf, boolean allDrafts) {

    public CallQuery {
        draftsOf = Set.copyOf(draftsOf);
    }
}
