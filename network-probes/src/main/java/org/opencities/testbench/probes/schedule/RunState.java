package org.opencities.testbench.probes.schedule;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The states of a run, as perfSONAR pScheduler names them. A run ends in exactly one of the
 * terminal states; {@link #OVERDUE} is a running run past its time bound, not an end.
 */
public enum RunState {
    /** Waiting for its slot. */
    PENDING,
    /** Its slot has come and it has the endpoint; the tool is about to start. */
    ON_DECK,
    /** The tool is measuring. */
    RUNNING,
    /** The tool returned; the result is being recorded and published. */
    CLEANUP,
    /** Ended with figures. */
    FINISHED,
    /** Still running after its time bound. */
    OVERDUE,
    /** Could not start within its slip window (the endpoint was busy, or the agent was down). */
    MISSED,
    /** Ran and ended without figures; the reason says why. */
    FAILED,
    /** Gave way to a run of higher priority on the same endpoint. */
    PREEMPTED,
    /** Was due but could not be started (no target known, the agent stopped before it began). */
    NONSTART,
    /** Its task was canceled before it ended. */
    CANCELED;

    private static final Set<RunState> TERMINAL = EnumSet.of(FINISHED, MISSED, FAILED, PREEMPTED, NONSTART, CANCELED);

    public boolean terminal() {
        return TERMINAL.contains(this);
    }

    /** Whether the run holds its endpoint in this state. */
    public boolean active() {
        return this == ON_DECK || this == RUNNING || this == OVERDUE || this == CLEANUP;
    }

    /** Whether a run in this state may move to {@code next}. */
    public boolean canBecome(RunState next) {
        return switch (this) {
            case PENDING -> next == ON_DECK || next == MISSED || next == PREEMPTED || next == NONSTART || next == CANCELED;
            case ON_DECK -> next == RUNNING || next == PREEMPTED || next == NONSTART || next == CANCELED;
            case RUNNING -> next == CLEANUP || next == OVERDUE || next == PREEMPTED || next == CANCELED || next == FAILED;
            case OVERDUE -> next == CLEANUP || next == FAILED || next == PREEMPTED || next == CANCELED;
            case CLEANUP -> next == FINISHED || next == FAILED;
            case FINISHED, MISSED, FAILED, PREEMPTED, NONSTART, CANCELED -> false;
        };
    }

    /** The name pScheduler and the API use: lower case, {@code on-deck}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Reads a {@link #label()}. */
    public static RunState ofLabel(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
