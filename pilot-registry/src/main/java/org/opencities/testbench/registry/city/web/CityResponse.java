package org.opencities.testbench.registry.city.web;

import java.util.List;

import org.opencities.testbench.registry.city.City;

/** A city as the REST API shows it. */
record CityResponse(String id, String name, String country, String timeZone, String language, List<Lab> livingLabs) {

    record Lab(String id, String name, String website) {
    }

    static CityResponse of(City city) {
        return new CityResponse(city.id().value(), city.name(), city.country(), city.timeZone().getId(),
                city.language().toLanguageTag(),
                city.labs().stream()
                        .map(lab -> new Lab(lab.id(), lab.name(), lab.website() == null ? null : lab.website().toString()))
                        .toList());
    }
}
