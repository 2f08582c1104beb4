package org.opencities.testbench.registry.call;

import org.opencities.testbench.registry.city.CityId;

/**
 * What a target city offers the call's pilots: how many it hosts at most, and the rates it
 * guarantees to all of them together, in kbit/s.
 */
public record CityCapacity(CityId city, int maxPilots, long downstreamKbps, long upstreamKbps) {
}
