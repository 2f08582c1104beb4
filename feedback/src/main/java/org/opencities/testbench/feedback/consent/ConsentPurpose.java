package org.opencities.testbench.feedback.consent;

/** What a tester consents to; each purpose has its own versioned texts. */
public enum ConsentPurpose {
    /** Taking part in a pilot and having its answers scored. */
    PARTICIPATION,
    /** Being contacted about further campaigns. */
    CONTACT,
    /** Pseudonymised answers used in research publications. */
    RESEARCH
}
