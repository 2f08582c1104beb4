/** Stores responses, their answers and scores, and drafts in the feedback schema. */
package org.opencities.testbench.feedback.response.persistence;
