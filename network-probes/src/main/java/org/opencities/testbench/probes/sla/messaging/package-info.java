/** Follows pilots' acceptance criteria and services' lifecycle from the broker for the SLA evaluation. */
package org.opencities.testbench.probes.sla.messaging;
