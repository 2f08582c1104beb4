/** Leases as rows of {@code feedback_lease}, taken with one conditional update. */
package org.opencities.testbench.feedback.schedule.persistence;
