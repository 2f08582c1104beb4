/** REST resources with which lab managers and administrators run campaigns. */
package org.opencities.testbench.feedback.campaign.web;
