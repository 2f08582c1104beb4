/** The probes' Prometheus metrics: RTT, jitter, loss, throughput, failed runs and SLA violations per segment. */
package org.opencities.testbench.probes.metrics;
