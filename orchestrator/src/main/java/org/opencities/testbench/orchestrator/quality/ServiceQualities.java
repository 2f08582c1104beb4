package org.opencities.testbench.orchestrator.quality;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** Stored service quality, one entry per service that ever had a quality alarm. */
public interface ServiceQualities {

    Optional<ServiceQuality> find(String serviceId);

    /** Stores the quality, replacing the stored one of its service. */
    void save(ServiceQuality quality);

    /** The stored quality of those of the services that have one, by service id. */
    Map<String, ServiceQuality> of(Collection<String> serviceIds);
}
