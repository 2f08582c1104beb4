/**
 * Service quality as the probes' SLA evaluation reports it: a {@code qualityOfServiceAlarm} about a
 * service marks it degraded, its {@code alarm.cleared} back to normal; TMF638 shows it as the
 * {@code operatingStatus} service characteristic.
 */
package org.opencities.testbench.orchestrator.quality;
