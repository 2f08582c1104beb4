package org.opencities.testbench.registry.call.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.opencities.testbench.registry.call.application.Application;
import org.opencities.testbench.registry.city.CityId;

/** An application as the REST API shows it; {@code pilotId} is set once it is awarded. */
record ApplicationResponse(String id, String callId, String appId, String organisationId, List<String> cities,
        int plannedTesters, LocalDate startDate, LocalDate endDate, String state, String submittedBy,
        Instant submittedAt, String pilotId) {

    static ApplicationResponse of(Application application) {
        return new ApplicationResponse(application.id().toString(), application.call().value(),
                application.app().toString(), application.organisation().value(),
                application.cities().stream().map(CityId::value).toList(), application.plannedTesters(),
                application.startDate(), application.endDate(), application.state().name(), application.submittedBy(),
                application.submittedAt(), application.pilot());
    }
}
