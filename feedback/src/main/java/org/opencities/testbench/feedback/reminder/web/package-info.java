/** A campaign's reminders over HTTP, for those who run its campaigns. */
package org.opencities.testbench.feedback.reminder.web;
