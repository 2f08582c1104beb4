package org.opencities.testbench.feedback.schedule;

import java.time.Instant;

/**
 * Leases for scheduled work that must run on one replica at a time (free-text retention, reminders).
 * A lease is held until a time; the holder renews it on its next round, and another replica takes it
 * over once it has lapsed.
 */
public interface Leases {

    /**
     * Takes or renews the named lease.
     *
     * @return whether {@code holder} now holds it until {@code until}; false while another holder's lease runs
     */
    boolean take(String name, String holder, Instant until);
}
