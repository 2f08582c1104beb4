package org.opencities.testbench.orchestrator.demo;

import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.opencities.testbench.orchestrator.OrchestratorProperties;
import org.opencities.testbench.orchestrator.inventory.Segment;
import org.opencities.testbench.orchestrator.inventory.SegmentId;
import org.opencities.testbench.orchestrator.inventory.Segments;
import org.opencities.testbench.orchestrator.inventory.Technology;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * Seeds one central office per seed city with a GPON (1:64) and an XGS-PON (1:128) segment, with
 * a few dozen ONTs each and the configured default admission factors. Runs only where
 * {@code testbench.orchestrator.demo-data} is on; adding is idempotent, so a restart keeps
 * whatever operators changed since.
 */
@Component
@ConditionalOnBooleanProperty("testbench.orchestrator.demo-data")
class DemoTopology implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoTopology.class);

    static final List<String> CITIES = List.of("helsinki", "berlin", "amsterdam", "paris", "rome", "barcelona",
            "bologna", "manchester", "gent", "cologne", "oulu");

    private final Segments segments;
    private final OrchestratorProperties.Admission factors;

    DemoTopology(Segments segments, OrchestratorProperties properties) {
        this.segments = segments;
        this.factors = properties.admission();
    }

    @Override
    public void run(ApplicationArguments args) {
        var seed = seed();
        long added = seed.stream().filter(segments::addIfAbsent).count();
        log.info("Demo data: {} of {} seed segments added, the others were already there", added, seed.size());
    }

    List<Segment> seed() {
        return IntStream.range(0, CITIES.size()).boxed().flatMap(i -> segmentsOf(CITIES.get(i), i)).toList();
    }

    private Stream<Segment> segmentsOf(String city, int index) {
        String office = city + "-co1";
        return Stream.of(
                Segment.of(new SegmentId(office + "-olt1-pon1"), city, office, office + "-olt1", "1/1/1",
                        Technology.GPON, 64, 20 + (index * 7) % 40, factors.headroom(), factors.overbooking()),
                Segment.of(new SegmentId(office + "-olt2-pon1"), city, office, office + "-olt2", "1/1/1",
                        Technology.XGS_PON, 128, 40 + (index * 11) % 80, factors.headroom(), factors.overbooking()));
    }
}
