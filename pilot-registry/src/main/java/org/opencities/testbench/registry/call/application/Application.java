package org.opencities.testbench.registry.call.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.opencities.testbench.registry.app.AppId;
import org.opencities.testbench.registry.call.CallId;
import org.opencities.testbench.registry.call.CallNotOpen;
import org.opencities.testbench.registry.city.CityId;
import org.opencities.testbench.registry.organisation.OrganisationId;

/**
 * An organisation's app entered in an open call: where it would run, for how many testers and when.
 *
 * @param pilot the pilot it became once awarded, otherwise {@code null}
 * @param version the number of changes stored so far; guards against lost updates
 */
public record Application(ApplicationId id, CallId call, AppId app, OrganisationId organisation, List<CityId> cities,
        int plannedTesters, LocalDate startDate, LocalDate endDate, ApplicationState state, String submittedBy,
        Instant submittedAt, String pilot, long version) {

    public Application {
        Objects.requireNonNull(id, "application id");
        Objects.requireNonNull(state, "state");
        cities = List.copyOf(cities);
    }

    /** The application withdrawn by its organisation; only a competing one can be. */
    public Application withdraw() {
        if (state != ApplicationState.SUBMITTED) {
            throw new CallNotOpen("Application " + id + " is " + state + " and can no longer be withdrawn");
        }
        return with(ApplicationState.WITHDRAWN, pilot);
    }

    /** The application awarded, having become the given pilot. */
    public Application awarded(String pilotId) {
        return with(ApplicationState.AWARDED, pilotId);
    }

    private Application with(ApplicationState target, String pilotId) {
        return new Application(id, call, app, organisation, cities, plannedTesters, startDate, endDate, target,
                submittedBy, submittedAt, pilotId, version);
    }
}
