/** Reports per pilot: scores with 95% confidence intervals, NPS groups, answer distributions and open-data aggregates, each withheld below a minimum number of answers. */
package org.opencities.testbench.feedback.report;
