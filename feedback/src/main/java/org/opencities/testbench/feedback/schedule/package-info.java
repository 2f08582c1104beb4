/** Leases that keep the module's scheduled jobs to one replica at a time in the distributed mode. */
package org.opencities.testbench.feedback.schedule;
