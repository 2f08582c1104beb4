package org.opencities.testbench.registry.call.application;

import org.opencities.testbench.registry.Unprocessable;

/**
 * An application that breaks one of the call's rules; {@link #field()} names the rule
 * ({@code eligibility.countries}) or the request field ({@code cities}, {@code endDate}).
 */
public class IneligibleApplication extends Unprocessable {

    public IneligibleApplication(String field, String message) {
        super(field, message);
    }
}
