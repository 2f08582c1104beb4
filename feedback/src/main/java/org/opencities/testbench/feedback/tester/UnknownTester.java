package org.opencities.testbench.feedback.tester;

/** Thrown when a request carries no personal token, or one that belongs to no enrolled tester. */
public class UnknownTester extends RuntimeException {

    public UnknownTester() {
        super("Send your personal token from the enrolment in the X-Tester-Token header; this one is not known");
    }
}
