/** Records measurement events from the broker in the history, the metrics and the SLA evaluation. */
package org.opencities.testbench.probes.history.messaging;
