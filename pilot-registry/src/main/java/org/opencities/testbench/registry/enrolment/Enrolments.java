package org.opencities.testbench.registry.enrolment;

import java.util.List;
import java.util.Optional;

import org.opencities.testbench.registry.pilot.PilotId;

/**
 * All enrolments with their testers. A tester's contact address and personal token hash are
 * stored apart from the enrolment, so that erasing them leaves the pseudonymous enrolment whole.
 */
public interface Enrolments {

    /**
     * Stores a new tester with the hash of their personal token, their contact address if given,
     * and their enrolment with the consents given.
     *
     * @param invitationHash the hash of the invitation used; a second enrolment with it is refused
     */
    void add(Enrolment enrolment, String testerTokenHash, Optional<String> email, String invitationHash);

    Optional<Enrolment> findByTesterToken(String testerTokenHash);

    Optional<Enrolment> find(String enrolmentId);

    /** The address the tester gave to be written to, unless they gave none or it was erased. */
    Optional<String> contactAddress(TesterId tester);

    /** Stores the withdrawal; throws {@link EnrolmentAlreadyWithdrawn} if someone withdrew it meanwhile. */
    void withdraw(Enrolment withdrawn);

    /** The pilot's enrolments, oldest first, optionally in one city. */
    List<Enrolment> page(PilotId pilot, String city, int offset, int limit);

    long count(PilotId pilot, String city);

    /** How many testers are enrolled and how many withdrew, per city of the pilot that has any. */
    List<CityCount> countsPerCity(PilotId pilot);

    /**
     * Deletes the tester's contact data and personal token; their enrolments stay, pseudonymous.
     *
     * @return whether there was anything left to erase
     */
    boolean erase(TesterId tester);

    /** Enrolled and withdrawn testers in one city. */
    record CityCount(String city, long enrolled, long withdrawn) {
    }
}
