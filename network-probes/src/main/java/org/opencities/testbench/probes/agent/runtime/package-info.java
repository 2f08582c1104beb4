/**
 * The probe agent inside a process: it registers and heartbeats, takes its assignments from the
 * broker, runs its timetable with the measurement tools and publishes every run's outcome.
 */
package org.opencities.testbench.probes.agent.runtime;
