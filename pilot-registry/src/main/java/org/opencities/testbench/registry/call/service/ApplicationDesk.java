package org.opencities.testbench.registry.call.service;

import java.time.Clock;
import java.time.LocalDate;

import org.opencities.testbench.registry.app.App;
import org.opencities.testbench.registry.call.OpenCall;
import org.opencities.testbench.registry.call.application.Application;
import org.opencities.testbench.registry.call.application.ApplicationId;
import org.opencities.testbench.registry.call.application.ApplicationState;
import org.opencities.testbench.registry.call.application.Applications;
import org.opencities.testbench.registry.call.application.IneligibleApplication;
import org.opencities.testbench.registry.call.application.PlannedPilot;
import org.opencities.testbench.registry.organisation.OrganisationNotFound;
import org.opencities.testbench.registry.organisation.Organisations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes applications to open calls and their withdrawal. The checks run from the call's state to
 * the applicant's plan, so the answer names the first thing the applicant has to change.
 */
@Service
public class ApplicationDesk {

    private final Applications applications;
    private final Organisations organisations;
    private final Clock clock = Clock.systemUTC();

    public ApplicationDesk(Applications applications, Organisations organisations) {
        this.applications = applications;
        this.organisations = organisations;
    }

    /** Enters the app (already checked to belong to the caller's organisation) in the call. */
    @Transactional
    public Application apply(OpenCall call, App app, PlannedPilot plan, String actor) {
        var now = clock.instant();
        call.requireTakingApplications(now);
        for (var city : plan.cities()) {
            if (!call.cities().contains(city)) {
                throw new IneligibleApplication("cities", "The call runs pilots in " + call.cities() + ", not in " + city);
            }
        }
        if (plan.cities().isEmpty()) {
            throw new IneligibleApplication("cities", "Choose at least one of the call's cities: " + call.cities());
        }
        plan.checkDates(LocalDate.ofInstant(now, call.closesAt().getZone()));
        var organisation = organisations.find(app.organisation())
                .orElseThrow(() -> new OrganisationNotFound(app.organisation()));
        var breach = call.eligibility().breachBy(organisation.country(), app.category(), plan.plannedTesters());
        if (breach != null) {
            throw new IneligibleApplication(breach.rule(), breach.reason());
        }
        var application = new Application(ApplicationId.random(), call.id(), app.id(), app.organisation(), plan.cities(),
                plan.plannedTesters(), plan.startDate(), plan.endDate(), ApplicationState.SUBMITTED, actor, now, null, 0);
        applications.add(application);
        return application;
    }

    /** Withdraws the application while the call still takes applications. */
    @Transactional
    public Application withdraw(OpenCall call, Application application) {
        call.requireTakingApplications(clock.instant());
        return applications.update(application.withdraw());
    }
}
