package org.opencities.testbench.registry.call.application;

/** Submitted applications compete; withdrawn ones no longer do; awarded ones became pilots. */
public enum ApplicationState {
    SUBMITTED, WITHDRAWN, AWARDED
}
