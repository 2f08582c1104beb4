/**
 * Versioned questionnaires: items of every kind, standard instrument blocks, conditions,
 * translations, publishing, and the checks a set of answers must pass.
 */
package org.opencities.testbench.feedback.questionnaire;
