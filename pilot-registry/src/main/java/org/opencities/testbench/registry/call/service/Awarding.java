package org.opencities.testbench.registry.call.service;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;

import org.opencities.testbench.registry.app.App;
import org.opencities.testbench.registry.app.AppNotFound;
import org.opencities.testbench.registry.app.Apps;
import org.opencities.testbench.registry.app.NetworkRequirements;
import org.opencities.testbench.registry.call.CityCapacity;
import org.opencities.testbench.registry.call.OpenCall;
import org.opencities.testbench.registry.call.OpenCalls;
import org.opencities.testbench.registry.call.application.Application;
import org.opencities.testbench.registry.call.application.ApplicationId;
import org.opencities.testbench.registry.call.application.ApplicationState;
import org.opencities.testbench.registry.call.application.Applications;
import org.opencities.testbench.registry.city.CityId;
import org.opencities.testbench.registry.pilot.PilotState;
import org.opencities.testbench.registry.pilot.RequiredNetwork;
import org.opencities.testbench.registry.pilot.service.PilotLifecycle;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Awards a call's pilots: checks the chosen applications against the call's maximum and each
 * city's capacity, then turns each into a pilot that is submitted and accepted at once, so that
 * {@code pilot.accepted} asks the orchestrator to provision it. Everything commits together or
 * not at all.
 */
@Service
public class Awarding {

    private final OpenCalls calls;
    private final Applications applications;
    private final Apps apps;
    private final PilotLifecycle pilots;

    public Awarding(OpenCalls calls, Applications applications, Apps apps, PilotLifecycle pilots) {
        this.calls = calls;
        this.applications = applications;
        this.apps = apps;
        this.pilots = pilots;
    }

    /** The awarded applications, each with its pilot. */
    @Transactional
    public List<Application> award(OpenCall call, List<ApplicationId> chosen, String actor) {
        var awarded = call.award();
        if (chosen.size() > call.maxPilots()) {
            throw new InvalidAward("applicationIds", "Call " + call.id() + " awards at most " + call.maxPilots()
                    + " pilots; " + chosen.size() + " were chosen");
        }
        if (new HashSet<>(chosen).size() != chosen.size()) {
            throw new InvalidAward("applicationIds", "Each application is awarded once; the list repeats one");
        }
        var winners = new ArrayList<Winner>();
        for (int i = 0; i < chosen.size(); i++) {
            winners.add(winner(call, chosen.get(i), "applicationIds[" + i + "]"));
        }
        call.capacities().forEach(capacity -> checkCapacity(capacity, winners));
        var result = new ArrayList<Application>();
        for (var winner : winners) {
            var application = winner.application();
            var pilot = pilots.submitAwarded(call.id().value(), application.app().toString(),
                    application.organisation().value(),
                    application.cities().stream().map(CityId::value).toList(), application.plannedTesters(),
                    application.startDate(), application.endDate(), required(winner.app().network()), actor);
            pilots.move(pilot.id(), OptionalLong.of(pilot.version()), PilotState.ACCEPTED, actor,
                    "awarded in call " + call.id());
            result.add(applications.update(application.awarded(pilot.id().value())));
        }
        calls.update(awarded);
        return result;
    }

    private Winner winner(OpenCall call, ApplicationId id, String field) {
        var application = applications.findIn(call.id(), id)
                .orElseThrow(() -> new InvalidAward(field, "Application " + id + " is not an application to call " + call.id()));
        if (application.state() != ApplicationState.SUBMITTED) {
            throw new InvalidAward(field, "Application " + id + " is " + application.state() + " and cannot be awarded");
        }
        var app = apps.find(application.app()).orElseThrow(() -> new AppNotFound(application.app()));
        return new Winner(application, app);
    }

    private static void checkCapacity(CityCapacity capacity, List<Winner> winners) {
        var inCity = winners.stream().filter(w -> w.application().cities().contains(capacity.city())).toList();
        if (inCity.size() > capacity.maxPilots()) {
            throw new InvalidAward("applicationIds", capacity.city() + " hosts at most " + capacity.maxPilots()
                    + " pilots of this call; the award puts " + inCity.size() + " there");
        }
        long downstream = inCity.stream().mapToLong(w -> w.app().network().downstream().guaranteedKbps()).sum();
        if (downstream > capacity.downstreamKbps()) {
            throw new InvalidAward("applicationIds", capacity.city() + " guarantees " + capacity.downstreamKbps()
                    + " kbit/s downstream to this call; the awarded apps need " + downstream + " kbit/s");
        }
        long upstream = inCity.stream().mapToLong(w -> w.app().network().upstream().guaranteedKbps()).sum();
        if (upstream > capacity.upstreamKbps()) {
            throw new InvalidAward("applicationIds", capacity.city() + " guarantees " + capacity.upstreamKbps()
                    + " kbit/s upstream to this call; the awarded apps need " + upstream + " kbit/s");
        }
    }

    private static RequiredNetwork required(NetworkRequirements network) {
        return new RequiredNetwork(
                new RequiredNetwork.Bandwidth(network.downstream().guaranteedKbps(), network.downstream().maximumKbps()),
                new RequiredNetwork.Bandwidth(network.upstream().guaranteedKbps(), network.upstream().maximumKbps()),
                network.maxLatencyMs(), network.maxJitterMs(), network.maxLossRatio());
    }

    private record Winner(Application application, App app) {
    }
}
