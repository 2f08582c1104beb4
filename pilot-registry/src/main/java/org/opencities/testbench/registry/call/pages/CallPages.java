package org.opencities.testbench.registry.call.pages;

import org.opencities.testbench.registry.call.CallId;
import org.opencities.testbench.registry.call.CallState;
import org.opencities.testbench.registry.call.OpenCalls;
import org.opencities.testbench.registry.call.service.CallDesk;
import org.opencities.testbench.registry.call.web.CallAccess;
import org.opencities.testbench.registry.city.Cities;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The public pages: open calls, optionally of one city, and one call's terms. */
@Controller
class CallPages {

    private static final int SHOWN = 100;

    private final OpenCalls calls;
    private final CallDesk desk;
    private final Cities cities;

    CallPages(OpenCalls calls, CallDesk desk, Cities cities) {
        this.calls = calls;
        this.desk = desk;
        this.cities = cities;
    }

    @GetMapping("/calls")
    String list(@RequestParam(required = false) String city, Authentication caller, Model model) {
        String chosen = city == null || city.isBlank() ? null : city;
        model.addAttribute("calls", calls.page(CallAccess.query(caller, CallState.OPEN, chosen), 0, SHOWN));
        model.addAttribute("cities", cities.page(0, SHOWN));
        model.addAttribute("city", chosen);
        return "registry/calls/list";
    }

    @GetMapping("/calls/{id}")
    String call(@PathVariable String id, Authentication caller, Model model) {
        model.addAttribute("call", CallAccess.visible(caller, desk.find(new CallId(id))));
        return "registry/calls/detail";
    }
}
