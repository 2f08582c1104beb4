package org.opencities.testbench.registry.enrolment.web;

/**
 * A new enrolment with the tester's personal token and link, shown this once: the tester keeps
 * them to read or withdraw their enrolment later ({@code X-Tester-Token}).
 */
record EnrolledResponse(EnrolmentResponse enrolment, String testerToken, String personalLink) {
}
