/** The API with which testers' apps read a campaign's questionnaire, save drafts and submit responses. */
package org.opencities.testbench.feedback.response.web;
