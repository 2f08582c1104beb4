/** Stores questionnaire versions, each with its content as a JSON definition, in the feedback schema. */
package org.opencities.testbench.feedback.questionnaire.persistence;
