/** Testers' responses to campaigns: drafts, submitted answers with their scores, and the event announcing them. */
package org.opencities.testbench.feedback.response;
