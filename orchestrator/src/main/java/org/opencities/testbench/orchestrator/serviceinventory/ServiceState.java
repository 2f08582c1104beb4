package org.opencities.testbench.orchestrator.serviceinventory;

import java.util.Arrays;

/** TMF638 service states with their TM Forum names. */
public enum ServiceState {
    FEASIBILITY_CHECKED("feasibilityChecked"),
    DESIGNED("designed"),
    RESERVED("reserved"),
    INACTIVE("inactive"),
    ACTIVE("active"),
    TERMINATED("terminated");

    private final String tmfName;

    ServiceState(String tmfName) {
        this.tmfName = tmfName;
    }

    public String tmfName() {
        return tmfName;
    }

    public static ServiceState ofTmfName(String name) {
        return Arrays.stream(values()).filter(state -> state.tmfName.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("'" + name + "' is not a TMF638 service state; one of "
                        + Arrays.stream(values()).map(ServiceState::tmfName).toList()));
    }
}
