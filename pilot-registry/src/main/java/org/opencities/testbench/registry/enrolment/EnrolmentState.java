package org.opencities.testbench.registry.enrolment;

/** Whether a tester still takes part in the pilot. */
public enum EnrolmentState {
    ENROLLED, WITHDRAWN
}
