/**
 * The feedback module: questionnaires with scored standard instruments, campaigns, testers known from
 * enrolment events, and the responses they submit; the module-wide refusal types live here.
 */
package org.opencities.testbench.feedback;
