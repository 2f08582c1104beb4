/** The scheduled reminder round, its default sender (an event for the registry) and erasure of reminder records. */
package org.opencities.testbench.feedback.reminder.job;
