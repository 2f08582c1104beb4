package org.opencities.testbench.registry.pilot.web;

import java.time.Instant;
import java.util.List;

import org.opencities.testbench.registry.pilot.NetworkService;

/** One of a pilot's network services as the API shows it, with the alarms open on it. */
record NetworkServiceResponse(String serviceId, String segmentId, String state, List<String> openAlarms,
        Instant updatedAt) {

    static NetworkServiceResponse of(NetworkService service) {
        return new NetworkServiceResponse(service.serviceId(), service.segmentId(), service.state().name(),
                service.openAlarms().stream().sorted().toList(), service.updatedAt());
    }
}
