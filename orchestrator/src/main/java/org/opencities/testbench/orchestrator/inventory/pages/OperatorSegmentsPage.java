package org.opencities.testbench.orchestrator.inventory.pages;

import java.util.Optional;

import org.opencities.testbench.orchestrator.admission.Load;
import org.opencities.testbench.orchestrator.admission.SegmentCapacities;
import org.opencities.testbench.orchestrator.admission.SegmentCapacity;
import org.opencities.testbench.orchestrator.inventory.Segment;
import org.opencities.testbench.orchestrator.inventory.SegmentFilter;
import org.opencities.testbench.orchestrator.inventory.Segments;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /operator/segments}: the segments of one or every city with committed against free capacity, a page at a time. */
@Controller
class OperatorSegmentsPage {

    static final int PAGE_SIZE = 12;

    private final Segments segments;
    private final SegmentCapacities capacities;

    OperatorSegmentsPage(Segments segments, SegmentCapacities capacities) {
        this.segments = segments;
        this.capacities = capacities;
    }

    @GetMapping("/operator/segments")
    String segments(@RequestParam Optional<String> city, @RequestParam(defaultValue = "1") int page, Model model) {
        var cities = segments.cities();
        var selected = city.filter(cities::contains);
        var filter = new SegmentFilter(selected, Optional.empty(), Optional.empty());
        long total = segments.count(filter);
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.min(Math.max(1, page), pages);
        var shown = segments.page(filter, (current - 1) * PAGE_SIZE, PAGE_SIZE);
        var committed = capacities.of(shown.stream().map(Segment::id).toList());
        model.addAttribute("cities", cities);
        model.addAttribute("city", selected.orElse(""));
        model.addAttribute("cards", shown.stream().map(segment -> SegmentCard.of(segment, capacity(segment, committed.get(segment.id())))).toList());
        model.addAttribute("page", current);
        model.addAttribute("pages", pages);
        model.addAttribute("total", total);
        return "orchestrator/segments";
    }

    private static SegmentCapacity capacity(Segment segment, SegmentCapacity stored) {
        return stored == null ? SegmentCapacity.of(segment, Load.NONE, Load.NONE) : stored;
    }
}
