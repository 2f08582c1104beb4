package org.opencities.testbench.registry.demo;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.opencities.testbench.registry.call.CallId;
import org.opencities.testbench.registry.call.CallState;
import org.opencities.testbench.registry.call.CityCapacity;
import org.opencities.testbench.registry.call.Criterion;
import org.opencities.testbench.registry.call.Eligibility;
import org.opencities.testbench.registry.call.OpenCall;
import org.opencities.testbench.registry.call.OpenCalls;
import org.opencities.testbench.registry.city.CityId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Seeds the demo open call "Smart city services 2027", run by Helsinki in Helsinki, Oulu and
 * Amsterdam, open for 90 days from the bench's first start, judged by the two Helsinki lab
 * managers. Runs only where {@code testbench.registry.demo-data} is on; it waits until the
 * application is ready because the seed cities come from another start-up runner, and a call
 * that exists already (a restart) is left as it is.
 */
@Component
@ConditionalOnBooleanProperty("testbench.registry.demo-data")
class DemoCalls {

    private static final Logger log = LoggerFactory.getLogger(DemoCalls.class);

    static final CallId DEMO_CALL = new CallId("smart-city-services-2027");
    static final Duration OPEN_FOR = Duration.ofDays(90);
    static final List<String> JURORS = List.of("lab-helsinki", "juror-helsinki");

    private final OpenCalls calls;

    DemoCalls(OpenCalls calls) {
        this.calls = calls;
    }

    @EventListener(ApplicationReadyEvent.class)
    void seed() {
        if (calls.find(DEMO_CALL).isPresent()) {
            log.info("Demo data: open call {} already there", DEMO_CALL);
            return;
        }
        var opens = ZonedDateTime.now(ZoneId.of("Europe/Helsinki")).truncatedTo(ChronoUnit.MINUTES);
        calls.add(call(opens));
        log.info("Demo data: open call {} added, open until {}", DEMO_CALL, opens.plus(OPEN_FOR));
    }

    static OpenCall call(ZonedDateTime opens) {
        var terms = new OpenCall.Terms("Smart city services 2027",
                "Helsinki, Oulu and Amsterdam offer pilots on real fibre-to-the-home segments to services that make "
                        + "city life easier, greener or safer. Selected pilots get guaranteed network capacity, a "
                        + "living-lab team and testers in each city.",
                opens, opens.plus(OPEN_FOR),
                new Eligibility(List.of(), List.of(), 10, 1000),
                List.of(new Criterion("Impact on city life", 3), new Criterion("Technical feasibility", 2),
                        new Criterion("Fit with the fibre network", 1)),
                3,
                List.of(new CityCapacity(new CityId("helsinki"), 2, 300_000, 60_000),
                        new CityCapacity(new CityId("oulu"), 1, 150_000, 30_000),
                        new CityCapacity(new CityId("amsterdam"), 1, 150_000, 30_000)));
        return OpenCall.draft(DEMO_CALL, new CityId("helsinki"), terms).moveTo(CallState.OPEN).withJurors(JURORS);
    }
}
