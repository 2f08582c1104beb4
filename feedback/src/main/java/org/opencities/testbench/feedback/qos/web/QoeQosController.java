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
 * A pilot's scores against its segments' network figures. Readers: administrators and the lab
 * managers of one of the pilot's cities. The SME owning the pilot is to read it too once feedback
 * knows pilots' organisations; until then SMEs are refused (403).
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
        if (!FeedbackCaller.of(authentication).runsCampaignsIn(pilot.cities())) {
            throw new Forbidden("pilotId", "Only administrators and the living labs of " + pilot.cities()
                    + " read the QoE/QoS view of pilot " + pilotId);
        }
        return qoeQos.report(pilotId, scores.withSegment(pilotId));
    }
}
