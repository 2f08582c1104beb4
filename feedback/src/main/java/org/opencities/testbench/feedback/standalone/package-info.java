/** The feedback module as its own process for the distributed mode. */
package org.opencities.testbench.feedback.standalone;
