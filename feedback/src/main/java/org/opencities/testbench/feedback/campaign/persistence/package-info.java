/** Stores campaigns and their city quotas in the feedback schema. */
package org.opencities.testbench.feedback.campaign.persistence;
