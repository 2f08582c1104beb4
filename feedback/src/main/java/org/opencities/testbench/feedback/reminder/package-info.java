/** Campaign reminders: when each is due for a tester, who has been reminded, and the port that sends them. */
package org.opencities.testbench.feedback.reminder;
