package org.opencities.testbench.registry.web;

import org.opencities.testbench.registry.Conflict;

/**
 * Optimistic concurrency over HTTP: an aggregate's version travels as a strong ETag ({@code "7"}),
 * and an update must send it back in {@code If-Match}; a missing or stale one is refused.
 */
public final class EntityVersions {

    private EntityVersions() {
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** The version the caller's {@code If-Match} names, checked against the current one. */
    public static long requireMatch(String ifMatch, long current) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new StaleVersion("Send the resource's ETag in If-Match to update it; the current one is " + etag(current));
        }
        if (!ifMatch.trim().equals(etag(current)) && !ifMatch.trim().equals("W/" + etag(current))) {
            throw new StaleVersion("The resource changed since " + ifMatch.trim() + "; its current ETag is "
                    + etag(current) + ": read it again and reapply your change");
        }
        return current;
    }

    /** Raised when {@code If-Match} is missing or stale. */
    public static class StaleVersion extends Conflict {

        StaleVersion(String message) {
            super(message);
        }
    }
}
