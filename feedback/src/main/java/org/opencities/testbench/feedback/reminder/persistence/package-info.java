/** Reminders and the record of who had them, in the feedback schema. */
package org.opencities.testbench.feedback.reminder.persistence;
