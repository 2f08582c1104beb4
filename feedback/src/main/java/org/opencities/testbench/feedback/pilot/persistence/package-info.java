/** Stores known pilots and their cities in the feedback schema. */
package org.opencities.testbench.feedback.pilot.persistence;
