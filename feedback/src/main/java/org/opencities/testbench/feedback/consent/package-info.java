/** Versioned consent texts that testers agree to before they give feedback. */
package org.opencities.testbench.feedback.consent;
