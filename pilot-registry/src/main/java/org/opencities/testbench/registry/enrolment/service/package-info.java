/** Enrolling, withdrawing and erasing testers: each change commits together with its event. */
package org.opencities.testbench.registry.enrolment.service;
