package org.opencities.testbench.registry.enrolment.service;

import org.opencities.testbench.registry.enrolment.Enrolments;
import org.opencities.testbench.registry.enrolment.TesterId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erases what could lead to a tester when the feedback module has erased their data: the contact
 * address and the personal token. The pseudonymous enrolment stays, so counts and reports hold.
 * Erasing twice changes nothing.
 */
@Service
public class TesterErasure {

    private final Enrolments enrolments;

    public TesterErasure(Enrolments enrolments) {
        this.enrolments = enrolments;
    }

    /** @return whether there was anything left to erase */
    @Transactional
    public boolean erase(TesterId tester) {
        return enrolments.erase(tester);
    }
}
