package org.opencities.testbench.registry.call.web;

import java.time.Instant;
import java.util.List;

import org.opencities.testbench.registry.call.CityCapacity;
import org.opencities.testbench.registry.call.Criterion;
import org.opencities.testbench.registry.call.Eligibility;
import org.opencities.testbench.registry.call.OpenCall;

/**
 * A call as the REST API shows it. Opening and closing appear as given (ISO with offset and zone),
 * as the instant in UTC, and with the zone id alone; the version travels as the ETag.
 */
record CallResponse(String id, String owner, String title, String description, String opensAt,
        Instant opensAtInstant, String opensZone, String closesAt, Instant closesAtInstant, String closesZone,
        Eligibility eligibility, List<Criterion> criteria, int maxPilots, List<Capacity> capacities,
        List<String> jurors, String state, List<String> allowedTransitions, long version) {

    record Capacity(String city, int maxPilots, long downstreamKbps, long upstreamKbps) {

        static Capacity of(CityCapacity capacity) {
            return new Capacity(capacity.city().value(), capacity.maxPilots(), capacity.downstreamKbps(),
                    capacity.upstreamKbps());
        }
    }

    static CallResponse of(OpenCall call) {
        return new CallResponse(call.id().value(), call.owner().value(), call.title(), call.description(),
                call.opensAt().toString(), call.opensAt().toInstant(), call.opensAt().getZone().getId(),
                call.closesAt().toString(), call.closesAt().toInstant(), call.closesAt().getZone().getId(),
                call.eligibility(), call.criteria(), call.maxPilots(),
                call.capacities().stream().map(Capacity::of).toList(), call.jurors(), call.state().name(),
                call.state().allowedTargets().stream().map(Enum::name).toList(), call.version());
    }
}
