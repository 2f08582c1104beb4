/** REST resources and pages for the standard instruments and their scoring. */
package org.opencities.testbench.feedback.instrument.web;
