package org.opencities.testbench.feedback.messaging;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;

import org.apache.camel.Body;
import org.apache.camel.Header;
import org.opencities.testbench.feedback.pilot.KnownPilots;
import org.opencities.testbench.feedback.pilot.Pilot;
import org.opencities.testbench.feedback.qos.inbox.MeasurementInbox;
import org.opencities.testbench.feedback.tester.ConsentRecord;
import org.opencities.testbench.feedback.tester.Tester;
import org.opencities.testbench.feedback.tester.Testers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What feedback does with the events it follows: remembers accepted pilots with their cities, and
 * enrolled and withdrawn testers with their consents and token hash, and segments' measurements
 * for the QoE/QoS view. Other types are acknowledged
 * and ignored; unknown fields are ignored. Each event's changes commit together.
 */
@Component
class FeedbackEventHandlers {

    private static final Logger log = LoggerFactory.getLogger(FeedbackEventHandlers.class);

    private final JsonMapper json;
    private final KnownPilots pilots;
    private final Testers testers;
    private final TransactionTemplate transactions;
    private final MeasurementInbox measurements;

    FeedbackEventHandlers(JsonMapper json, KnownPilots pilots, Testers testers, TransactionTemplate transactions,
            MeasurementInbox measurements) {
        this.json = json;
        this.pilots = pilots;
        this.testers = testers;
        this.transactions = transactions;
        this.measurements = measurements;
    }

    void handle(@Header("ce_type") String type, @Header("ce_time") String time, @Body byte[] data) {
        switch (type) {
            case "pilot.accepted" -> transactions.executeWithoutResult(status -> pilotAccepted(json.readTree(data)));
            case "enrolment.created" -> transactions.executeWithoutResult(status -> enrolled(json.readTree(data), time));
            case "enrolment.withdrawn" -> transactions.executeWithoutResult(status -> withdrawn(json.readTree(data)));
            case "measurement.completed" -> transactions.executeWithoutResult(status -> measurements.completed(data));
            default -> log.debug("No feedback handler for {}; acknowledged", type);
        }
    }

    private void pilotAccepted(JsonNode data) {
        var cities = new HashSet<String>();
        data.path("cities").valueStream().map(JsonNode::stringValue).forEach(cities::add);
        pilots.remember(new Pilot(data.path("pilotId").stringValue(), cities,
                LocalDate.parse(data.path("startDate").stringValue()), LocalDate.parse(data.path("endDate").stringValue()),
                data.path("organisationId").stringValue(null)));
    }

    private void enrolled(JsonNode data, String time) {
        String tokenSha256 = data.path("testerTokenSha256").stringValue(null);
        if (tokenSha256 == null) {
            // Without the token's hash the tester could never be recognised here.
            log.warn("enrolment.created {} carries no testerTokenSha256; ignored", data.path("enrolmentId").stringValue());
            return;
        }
        var consents = data.path("consents").valueStream()
                .map(consent -> new ConsentRecord(consent.path("purpose").stringValue(), consent.path("version").intValue()))
                .toList();
        testers.enrol(new Tester(data.path("enrolmentId").stringValue(), data.path("tester").stringValue(),
                data.path("pilotId").stringValue(), data.path("city").stringValue(), data.path("language").stringValue(),
                data.path("device").stringValue(null), data.path("platform").stringValue(null),
                data.path("segmentCode").stringValue(null), consents, tokenSha256,
                time == null ? Instant.now() : OffsetDateTime.parse(time).toInstant(), null));
    }

    private void withdrawn(JsonNode data) {
        testers.withdraw(data.path("enrolmentId").stringValue(),
                OffsetDateTime.parse(data.path("withdrawnAt").stringValue()).toInstant());
    }
}
