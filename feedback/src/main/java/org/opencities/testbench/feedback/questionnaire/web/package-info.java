/** REST resources for writing, versioning and publishing questionnaires. */
package org.opencities.testbench.feedback.questionnaire.web;
