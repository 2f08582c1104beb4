package org.opencities.testbench.feedback.report.web;

import java.time.Instant;
import java.util.List;

import org.opencities.testbench.feedback.FeedbackProperties;
import org.opencities.testbench.feedback.Forbidden;
import org.opencities.testbench.feedback.NotFound;
import org.opencities.testbench.feedback.pilot.KnownPilots;
import org.opencities.testbench.feedback.pilot.Pilot;
import org.opencities.testbench.feedback.report.OpenDataRow;
import org.opencities.testbench.feedback.report.PilotReport;
import org.opencities.testbench.feedback.report.PilotReports;
import org.opencities.testbench.feedback.report.ReportFilter;
import org.opencities.testbench.feedback.report.ReportQueries;
import org.opencities.testbench.feedback.web.FeedbackCaller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a pilot's report for a caller allowed to: administrators, lab managers of one of the pilot's
 * cities, and SMEs acting for the organisation that runs it. Anyone else (operators, other lab
 * managers and SMEs) is refused with 403; an unknown pilot is 404.
 */
@Service
@Transactional(readOnly = true)
class ReportReading {

    private final KnownPilots pilots;
    private final PilotReports reports;

    ReportReading(KnownPilots pilots, ReportQueries queries, FeedbackProperties properties) {
        this.pilots = pilots;
        this.reports = new PilotReports(queries, properties.reports().minimumAnswers());
    }

    PilotReport report(String pilotId, ReportFilter filter, FeedbackCaller caller) {
        var pilot = readable(pilotId, caller);
        return reports.report(pilot.id(), filter, Instant.now());
    }

    List<OpenDataRow> openData(String pilotId, FeedbackCaller caller) {
        return reports.openData(readable(pilotId, caller).id());
    }

    int minimumAnswers() {
        return reports.minimumAnswers();
    }

    private Pilot readable(String pilotId, FeedbackCaller caller) {
        if (!caller.readsReports()) {
            throw new Forbidden("pilotId", "Reports are for administrators, the pilot's living labs and its SME");
        }
        var pilot = pilots.find(pilotId).orElseThrow(() -> new NotFound("No pilot '%s' is known to feedback".formatted(pilotId)));
        if (!caller.readsReportsOf(pilot.cities(), pilot.organisationId())) {
            throw new Forbidden("pilotId", "Only administrators, the living labs of %s and the SME running pilot %s read its report"
                    .formatted(pilot.cities(), pilotId));
        }
        return pilot;
    }
}
