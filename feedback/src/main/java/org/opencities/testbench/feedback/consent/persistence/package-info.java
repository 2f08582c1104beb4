/** Stores consent texts in the feedback module's schema. */
package org.opencities.testbench.feedback.consent.persistence;
