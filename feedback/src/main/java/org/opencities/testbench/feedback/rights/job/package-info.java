/** The scheduled deletion of raw free text once a campaign's retention period has passed. */
package org.opencities.testbench.feedback.rights.job;
