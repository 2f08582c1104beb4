/** The JSON shape of questionnaire versions, shared by the API and the stored definitions. */
package org.opencities.testbench.feedback.questionnaire.document;
