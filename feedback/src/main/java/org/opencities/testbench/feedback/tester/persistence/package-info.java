/** Stores testers and their consent records in the feedback schema. */
package org.opencities.testbench.feedback.tester.persistence;
