package org.opencities.testbench.orchestrator.quality;

/**
 * How a service is running, named after TMF638 v5's {@code operatingStatus} values. TMF638 v4 has
 * no such field and its {@code state} has no "degraded", so the service stays {@code active} and
 * carries this as a service characteristic.
 */
public enum OperatingStatus {
    NORMAL("normal"),
    DEGRADED("degraded");

    private final String value;

    OperatingStatus(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }
}
