package org.opencities.testbench.registry.call.service;

import java.util.List;

import org.opencities.testbench.registry.call.CallChanged;
import org.opencities.testbench.registry.call.CallId;
import org.opencities.testbench.registry.call.CallNotFound;
import org.opencities.testbench.registry.call.CallState;
import org.opencities.testbench.registry.call.InvalidCall;
import org.opencities.testbench.registry.call.OpenCall;
import org.opencities.testbench.registry.call.OpenCalls;
import org.opencities.testbench.registry.city.Cities;
import org.opencities.testbench.registry.city.CityId;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drafts, revises and moves open calls, and names their jurors. Where the process keeps its users
 * locally (single-node mode), a juror must be a known lab manager; with tokens from an identity
 * provider the registry cannot list users and takes the names as given.
 */
@Service
public class CallDesk {

    private final OpenCalls calls;
    private final Cities cities;
    private final ObjectProvider<UserDetailsService> users;

    public CallDesk(OpenCalls calls, Cities cities, ObjectProvider<UserDetailsService> users) {
        this.calls = calls;
        this.cities = cities;
        this.users = users;
    }

    @Transactional
    public OpenCall draft(CallId id, CityId owner, OpenCall.Terms terms) {
        requireCity("owner", owner);
        requireCities(terms);
        var call = OpenCall.draft(id, owner, terms);
        calls.add(call);
        return call;
    }

    @Transactional
    public OpenCall revise(OpenCall current, long expectedVersion, OpenCall.Terms terms) {
        requireVersion(current, expectedVersion);
        requireCities(terms);
        return calls.update(current.revise(terms));
    }

    @Transactional
    public OpenCall move(OpenCall current, long expectedVersion, CallState target) {
        requireVersion(current, expectedVersion);
        return calls.update(current.moveTo(target));
    }

    @Transactional
    public OpenCall nameJurors(OpenCall current, long expectedVersion, List<String> jurors) {
        requireVersion(current, expectedVersion);
        for (int i = 0; i < jurors.size(); i++) {
            requireLabManager(i, jurors.get(i));
        }
        return calls.update(current.withJurors(jurors));
    }

    public OpenCall find(CallId id) {
        return calls.find(id).orElseThrow(() -> new CallNotFound(id));
    }

    private static void requireVersion(OpenCall call, long expected) {
        if (call.version() != expected) {
            throw new CallChanged(call.id(), expected);
        }
    }

    private void requireCities(OpenCall.Terms terms) {
        for (int i = 0; i < terms.capacities().size(); i++) {
            requireCity("capacities[" + i + "].city", terms.capacities().get(i).city());
        }
    }

    private void requireCity(String field, CityId city) {
        if (cities.find(city).isEmpty()) {
            throw new InvalidCall(field, "No city with id '" + city + "' in the network; list them at /api/v1/cities");
        }
    }

    private void requireLabManager(int index, String name) {
        var directory = users.getIfUnique();
        if (directory == null) {
            return;
        }
        boolean labManager;
        try {
            labManager = directory.loadUserByUsername(name).getAuthorities().stream()
                    .anyMatch(authority -> authority.getAuthority().equals("ROLE_LAB_MANAGER"));
        } catch (UsernameNotFoundException e) {
            labManager = false;
        }
        if (!labManager) {
            throw new InvalidCall("jurors[" + index + "]", "'" + name + "' is not a lab manager; jurors are lab managers");
        }
    }
}
