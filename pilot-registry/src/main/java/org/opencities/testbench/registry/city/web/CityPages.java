package org.opencities.testbench.registry.city.web;

import org.opencities.testbench.registry.city.Cities;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The public pages: the network's cities and their living labs. */
@Controller
class CityPages {

    private static final int SHOWN = 100;

    private final Cities cities;

    CityPages(Cities cities) {
        this.cities = cities;
    }

    @GetMapping({"/", "/cities"})
    String cities(Model model) {
        model.addAttribute("cities", cities.page(0, SHOWN));
        return "registry/cities";
    }
}
