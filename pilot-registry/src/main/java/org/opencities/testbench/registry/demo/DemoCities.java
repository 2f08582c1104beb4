package org.opencities.testbench.registry.demo;

import java.net.URI;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.opencities.testbench.registry.city.Cities;
import org.opencities.testbench.registry.city.City;
import org.opencities.testbench.registry.city.CityId;
import org.opencities.testbench.registry.city.LivingLab;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * Seeds the Open Cities and SMARTiP cities, a living lab each, at start. Runs only where
 * {@code testbench.registry.demo-data} is on (the single-node assembly); adding is idempotent, so a
 * restart or a second replica leaves existing cities as they are.
 */
@Component
@ConditionalOnBooleanProperty("testbench.registry.demo-data")
class DemoCities implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCities.class);

    static final List<City> SEED = List.of(
            city("helsinki", "Helsinki", "FI", "Europe/Helsinki", "fi"),
            city("berlin", "Berlin", "DE", "Europe/Berlin", "de"),
            city("amsterdam", "Amsterdam", "NL", "Europe/Amsterdam", "nl"),
            city("paris", "Paris", "FR", "Europe/Paris", "fr"),
            city("rome", "Rome", "IT", "Europe/Rome", "it"),
            city("barcelona", "Barcelona", "ES", "Europe/Madrid", "ca"),
            city("bologna", "Bologna", "IT", "Europe/Rome", "it"),
            city("manchester", "Manchester", "GB", "Europe/London", "en"),
            city("gent", "Gent", "BE", "Europe/Brussels", "nl"),
            city("cologne", "Cologne", "DE", "Europe/Berlin", "de"),
            city("oulu", "Oulu", "FI", "Europe/Helsinki", "fi"));

    private final Cities cities;

    DemoCities(Cities cities) {
        this.cities = cities;
    }

    @Override
    public void run(ApplicationArguments args) {
        long added = SEED.stream().filter(cities::addIfAbsent).count();
        log.info("Demo data: {} of {} seed cities added, the others were already there", added, SEED.size());
    }

    private static City city(String id, String name, String country, String zone, String language) {
        var lab = new LivingLab(id + "-living-lab", name + " Living Lab",
                URI.create("https://opencities.example/labs/" + id));
        return new City(new CityId(id), name, country, ZoneId.of(zone), Locale.forLanguageTag(language), List.of(lab));
    }
}
