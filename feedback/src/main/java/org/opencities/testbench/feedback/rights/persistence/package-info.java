/** Testers' records, erased tokens and retention periods in the feedback schema. */
package org.opencities.testbench.feedback.rights.persistence;
