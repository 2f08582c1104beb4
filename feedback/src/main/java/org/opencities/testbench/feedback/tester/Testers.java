package org.opencities.testbench.feedback.tester;

import java.time.Instant;
import java.util.List;

/** The testers enrolled in pilots, fed by {@code enrolment.created} and {@code enrolment.withdrawn}. */
public interface Testers {

    /** Records an enrolment; the same enrolment announced again changes nothing. */
    void enrol(Tester tester);

    /** Marks the enrolment withdrawn; a second withdrawal keeps the first time. */
    void withdraw(String enrolmentId, Instant at);

    /** Every enrolment whose personal token has this SHA-256 (one per pilot the tester joined). */
    List<Tester> byTokenSha256(String tokenSha256);
}
