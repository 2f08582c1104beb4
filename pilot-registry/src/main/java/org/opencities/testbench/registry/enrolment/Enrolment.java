package org.opencities.testbench.registry.enrolment;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.opencities.testbench.registry.consent.ConsentPurpose;
import org.opencities.testbench.registry.consent.ConsentText;
import org.opencities.testbench.registry.pilot.Pilot;
import org.opencities.testbench.registry.pilot.PilotId;

/**
 * A tester's part in one pilot: who (a pseudonym only), where, on what, and to which consent texts
 * they agreed. Contact data is never part of it; it is kept apart and can be erased while the
 * enrolment stays.
 *
 * @param withdrawnAt when the tester withdrew, or {@code null}
 */
public record Enrolment(String id, PilotId pilotId, TesterId tester, String city, String language, Device device,
        Platform platform, Optional<String> segmentCode, List<GivenConsent> consents, EnrolmentState state,
        Instant enrolledAt, Instant withdrawnAt) {

    public Enrolment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(pilotId, "pilotId");
        Objects.requireNonNull(tester, "tester");
        Objects.requireNonNull(state, "state");
        consents = List.copyOf(consents);
    }

    /**
     * A new enrolment in the pilot, after checking the form against the pilot's cities and the
     * current consent texts: participation is required, every consent names the current version
     * of its text, and an e-mail address comes only with the contact consent.
     */
    public static Enrolment enrol(Pilot pilot, TesterId tester, EnrolmentForm form, List<ConsentText> current,
            Instant now) {
        if (!pilot.cities().contains(form.city())) {
            throw new InvalidEnrolment("city", "This pilot runs in " + String.join(", ", pilot.cities())
                    + "; choose one of them");
        }
        var given = form.consents().stream().collect(Collectors.groupingBy(GivenConsent::purpose, Collectors.counting()));
        if (given.values().stream().anyMatch(count -> count > 1)) {
            throw new InvalidEnrolment("consents", "Give each purpose's consent once");
        }
        Map<ConsentPurpose, ConsentText> currentByPurpose = current.stream()
                .collect(Collectors.toMap(ConsentText::purpose, Function.identity()));
        for (var purpose : EnumSet.allOf(ConsentPurpose.class)) {
            if (purpose.required() && !given.containsKey(purpose)) {
                throw new InvalidEnrolment("consents", "Taking part needs your consent to "
                        + purpose.code() + "; read its text and agree to it");
            }
        }
        for (var consent : form.consents()) {
            var text = currentByPurpose.get(consent.purpose());
            if (text == null || text.version() != consent.version()) {
                throw new InvalidEnrolment("consents", "The " + consent.purpose().code() + " text you agreed to is version "
                        + consent.version() + ", but the current one is version "
                        + (text == null ? "none" : text.version()) + "; read it again and agree to it");
            }
        }
        if (form.email().isPresent() && !given.containsKey(ConsentPurpose.CONTACT)) {
            throw new InvalidEnrolment("email", "An e-mail address is kept only with your consent to contact; "
                    + "agree to it or leave the address out");
        }
        String random = UUID.randomUUID().toString().replace("-", "");
        return new Enrolment("enrolment-" + random.substring(0, 12), pilot.id(), tester, form.city(), form.language(),
                form.device(), form.platform(), form.segmentCode(), form.consents(), EnrolmentState.ENROLLED, now, null);
    }

    /** The enrolment ended by the tester at {@code at}; refused if it ended before. */
    public Enrolment withdraw(Instant at) {
        if (state == EnrolmentState.WITHDRAWN) {
            throw new EnrolmentAlreadyWithdrawn(withdrawnAt);
        }
        return new Enrolment(id, pilotId, tester, city, language, device, platform, segmentCode, consents,
                EnrolmentState.WITHDRAWN, enrolledAt, at);
    }

    /** Whether the tester is still enrolled and agreed to be written to about the pilot. */
    public boolean mayBeContacted() {
        return state == EnrolmentState.ENROLLED
                && consents.stream().anyMatch(consent -> consent.purpose() == ConsentPurpose.CONTACT);
    }

    /** The event announcing this new enrolment, with the hash of the tester's personal token. */
    public EnrolmentCreated created(String testerTokenSha256) {
        return EnrolmentCreated.of(this, testerTokenSha256);
    }

    /** The event announcing this enrolment's end. */
    public EnrolmentWithdrawn withdrawn() {
        return new EnrolmentWithdrawn(UUID.randomUUID(), id, pilotId.value(), tester.value(), withdrawnAt);
    }
}
