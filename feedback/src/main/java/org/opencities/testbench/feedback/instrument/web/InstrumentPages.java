package org.opencities.testbench.feedback.instrument.web;

import java.util.List;

import org.opencities.testbench.feedback.instrument.Instrument;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The public page listing the standard instruments with their scales. */
@Controller
class InstrumentPages {

    @GetMapping("/feedback/instruments")
    String instruments(Model model) {
        model.addAttribute("instruments", List.of(Instrument.values()));
        return "feedback/instruments";
    }
}
