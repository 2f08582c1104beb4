package org.opencities.testbench.orchestrator.ordering;

import org.opencities.testbench.orchestrator.Unprocessable;

/** An order that breaks a TMF641 or business rule; {@link #field()} names the field at fault by its JSON path. */
public class InvalidOrder extends Unprocessable {

    public InvalidOrder(String field, String reason) {
        super(field, reason);
    }
}
