package org.opencities.testbench.registry.city;

import java.net.URI;

/** A city's living lab: the organisation that runs open calls and pilots there. */
public record LivingLab(String id, String name, URI website) {
}
