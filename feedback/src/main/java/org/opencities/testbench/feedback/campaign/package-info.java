/** Campaigns: a published questionnaire version put to a pilot's testers for a window, with city quotas. */
package org.opencities.testbench.feedback.campaign;
