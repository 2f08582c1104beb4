/** The feedback module: standard instruments, consent and, later, campaigns, responses and scored reports. */
package org.opencities.testbench.feedback;
