package org.opencities.testbench.registry.consent;

import org.opencities.testbench.registry.NotFound;

/** Thrown when a purpose has no text of the version asked for. */
public class ConsentTextNotFound extends NotFound {

    public ConsentTextNotFound(ConsentPurpose purpose, int version) {
        super("No version " + version + " of the " + purpose.code()
                + " consent text; the current versions are listed at /api/v1/consents");
    }
}
