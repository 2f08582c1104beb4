/** The enrolment API and the tester's enrolment pages, reached from the invitation link. */
package org.opencities.testbench.registry.enrolment.web;
