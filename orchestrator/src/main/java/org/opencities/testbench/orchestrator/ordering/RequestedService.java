package org.opencities.testbench.orchestrator.ordering;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.opencities.testbench.orchestrator.admission.Demand;

/**
 * The service an order item is about.
 *
 * @param serviceId the existing service for modify and delete items; {@code null} for add items,
 *     whose service id the orchestrator assigns
 * @param specificationId the service specification, e.g. {@code pon-bandwidth}
 * @param city where the service is wanted (add items)
 * @param pilotId the pilot the service is for, when it comes from the registry
 * @param demand the bandwidth profiles per direction (add and modify items)
 * @param characteristics every service characteristic as sent, by name, including acceptance
 *     criteria such as {@code maxLatencyMs}
 */
public record RequestedService(String serviceId, String specificationId, String city, String pilotId, Demand demand,
        Map<String, String> characteristics) {

    public RequestedService {
        // Kept in the order sent, so that an order reads back as it was written.
        characteristics = Collections.unmodifiableMap(new LinkedHashMap<>(characteristics));
    }
}
