package org.opencities.testbench.feedback.report.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.opencities.testbench.feedback.questionnaire.Languages;
import org.opencities.testbench.feedback.report.PilotReport;
import org.opencities.testbench.feedback.web.FeedbackCaller;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The report page of a pilot: the same figures and filters as the API, drawn as server-side SVG bars
 * with their intervals, and links to the exports with the filter applied. Who may read it is decided
 * as for the API.
 */
@Controller
class ReportPages {

    private final ReportReading reading;

    ReportPages(ReportReading reading) {
        this.reading = reading;
    }

    @GetMapping("/feedback/pilots/{pilotId}/report")
    String report(@PathVariable String pilotId, ReportFilterParameters filter, Authentication authentication, Model model) {
        PilotReport report = reading.report(pilotId, filter.toFilter(), FeedbackCaller.of(authentication));
        model.addAttribute("report", report);
        model.addAttribute("filter", filter);
        model.addAttribute("languages", Languages.SUPPORTED);
        model.addAttribute("scores", List.of(
                ReportChart.of("report.sus", report.sus(), 0, 100, 0, PilotReport.SUS_BENCHMARK),
                ReportChart.of("report.ueqs.pragmatic", report.ueqS().pragmatic(), -3, 3, 0, null),
                ReportChart.of("report.ueqs.hedonic", report.ueqS().hedonic(), -3, 3, 0, null),
                ReportChart.of("report.ueqs.overall", report.ueqS().overall(), -3, 3, 0, null),
                ReportChart.of("report.mos", report.mos(), 1, 5, 1, null)));
        var nps = report.nps();
        model.addAttribute("npsShares", Map.of("promoters", ReportChart.share(nps.promoters(), nps.n()),
                "passives", ReportChart.share(nps.passives(), nps.n()), "detractors", ReportChart.share(nps.detractors(), nps.n())));
        var itemShares = new HashMap<String, Map<String, String>>();
        report.items().stream().filter(item -> !item.tooFewAnswers()).forEach(item -> {
            var shares = new HashMap<String, String>();
            item.counts().forEach((value, count) -> shares.put(value, ReportChart.share(count, item.n())));
            itemShares.put(item.key(), shares);
        });
        model.addAttribute("itemShares", itemShares);
        String query = query(filter);
        model.addAttribute("csv", "/api/v1/pilots/" + pilotId + "/report/export?format=csv" + query);
        model.addAttribute("json", "/api/v1/pilots/" + pilotId + "/report/export?format=json" + query);
        model.addAttribute("openData", "/api/v1/pilots/" + pilotId + "/report/open-data?format=csv");
        return "feedback/report";
    }

    /** The filter's non-blank parameters as {@code &name=value…}, encoded. */
    private static String query(ReportFilterParameters filter) {
        var builder = UriComponentsBuilder.newInstance();
        add(builder, "city", filter.city());
        add(builder, "language", filter.language());
        add(builder, "device", filter.device());
        add(builder, "platform", filter.platform());
        add(builder, "segment", filter.segment());
        add(builder, "from", filter.from());
        add(builder, "to", filter.to());
        String query = builder.encode().build().getQuery();
        return query == null ? "" : "&" + query;
    }

    private static void add(UriComponentsBuilder builder, String name, String value) {
        if (value != null && !value.isBlank()) {
            builder.queryParam(name, value.strip());
        }
    }
}
