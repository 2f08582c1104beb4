package org.opencities.testbench.registry.enrolment.web;

import java.time.Instant;
import java.util.List;

import org.opencities.testbench.registry.enrolment.Enrolment;

/** An enrolment as its tester or the pilot's lab sees it: the pseudonym and attributes, never contact data. */
record EnrolmentResponse(String id, String pilotId, String tester, String city, String language, String device,
        String platform, String segmentCode, List<ConsentGiven> consents, String state, Instant enrolledAt,
        Instant withdrawnAt) {

    record ConsentGiven(String purpose, int version) {
    }

    static EnrolmentResponse of(Enrolment enrolment) {
        return new EnrolmentResponse(enrolment.id(), enrolment.pilotId().value(), enrolment.tester().value(),
                enrolment.city(), enrolment.language(), enrolment.device().code(), enrolment.platform().code(),
                enrolment.segmentCode().orElse(null),
                enrolment.consents().stream().map(c -> new ConsentGiven(c.purpose().code(), c.version())).toList(),
                enrolment.state().name(), enrolment.enrolledAt(), enrolment.withdrawnAt());
    }
}
