/** Computes report aggregates in SQL over the stored responses, scores and answers. */
package org.opencities.testbench.feedback.report.persistence;
