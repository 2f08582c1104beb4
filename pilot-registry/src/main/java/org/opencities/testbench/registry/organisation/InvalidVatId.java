package org.opencities.testbench.registry.organisation;

import org.opencities.testbench.registry.Unprocessable;

/** Thrown when a VAT id does not have the format of the organisation's country. */
public class InvalidVatId extends Unprocessable {

    InvalidVatId(String vatId, String country, String expected) {
        super("vatId", "VAT id '" + vatId + "' does not fit country " + country + ": expected " + expected);
    }
}
