package org.opencities.testbench.feedback.qos.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.opencities.testbench.feedback.Forbidden;
import org.opencities.testbench.feedback.NotFound;
import org.opencities.testbench.feedback.pilot.KnownPilots;
import org.opencities.testbench.feedback.qos.Measurements;
import org.opencities.testbench.feedback.qos.PilotScores;
import org.opencities.testbench.feedback.qos.QoeQos;
import org.opencities.testbench.feedback.qos.QoeQosReport;
import org.opencities.testbench.feedback.web.FeedbackCaller;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A pilot's scores against its segments' network figures. Readers are those of the pilot's report:
 * administrators, the lab managers of one of the pilot's cities, and the SME owning the pilot.
 */
@RestController
@Tag(name = "QoE/QoS", description = "Testers' scores against measured latency, jitter, loss and throughput")
@EnableConfigurationProperties(QosProperties.class)
class QoeQosController {

    private final KnownPilots pilots;
    private final PilotScores scores;
    private final QoeQos qoeQos;

    QoeQosController(KnownPilots pilots, PilotScores scores, Measurements measurements, QosProperties properties) {
        this.pilots = pilots;
        this.scores = scores;
        this.qoeQos = new QoeQos(measurements, properties.window(), properties.minimumAnswers());
    }

    @GetMapping("/api/v1/pilots/{pilotId}/qoe-qos")
    @Transactional(readOnly = true)
    @Operation(summary = "SUS, NPS, MOS and UEQ-S overall against latency, jitter, loss and throughput bands, with Spearman's rho")
    QoeQosReport report(@PathVariable String pilotId, Authentication authentication) {
        var pilot = pilots.find(pilotId).orElseThrow(() -> new NotFound("No pilot " + pilotId + " is known to feedback"));
        if (!FeedbackCaller.of(authentication).readsReportsOf(pilot.cities(), pilot.organisationId())) {
            throw new Forbidden("pilotId", "Only administrators, the living labs of " + pilot.cities()
                    + " and the SME running pilot " + pilotId + " read its QoE/QoS view");
        }
        return qoeQos.report(pilotId, scores.withSegment(pilotId));
    }
}
