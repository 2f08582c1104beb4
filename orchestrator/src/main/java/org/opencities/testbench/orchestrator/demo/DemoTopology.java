package org.opencities.testbench.orchestrator.demo;

import java.util.List;
import java.util.stream.Stream;

import org.opencities.testbench.orchestrator.inventory.Segment;
import org.opencities.testbench.orchestrator.inventory.SegmentId;
import org.opencities.testbench.orchestrator.inventory.SegmentStatus;
import org.opencities.testbench.orchestrator.inventory.Segments;
import org.opencities.testbench.orchestrator.inventory.Technology;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * Seeds one central office per seed city with a GPON (1:64) and an XGS-PON (1:128) segment. Runs
 * only where {@code testbench.orchestrator.demo-data} is on; adding is idempotent.
 */
@Component
@ConditionalOnBooleanProperty("testbench.orchestrator.demo-data")
class DemoTopology implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoTopology.class);

    static final List<String> CITIES = List.of("helsinki", "berlin", "amsterdam", "paris", "rome", "barcelona",
            "bologna", "manchester", "gent", "cologne", "oulu");

    private final Segments segments;

    DemoTopology(Segments segments) {
        this.segments = segments;
    }

    @Override
    public void run(ApplicationArguments args) {
        var seed = CITIES.stream().flatMap(DemoTopology::segmentsOf).toList();
        long added = seed.stream().filter(segments::addIfAbsent).count();
        log.info("Demo data: {} of {} seed segments added, the others were already there", added, seed.size());
    }

    private static Stream<Segment> segmentsOf(String city) {
        String office = city + "-co1";
        return Stream.of(
                new Segment(new SegmentId(office + "-olt1-pon1"), city, office, office + "-olt1", "1/1/1",
                        Technology.GPON, 64, SegmentStatus.IN_SERVICE,
                        Technology.GPON.usableDownKbps(), Technology.GPON.usableUpKbps()),
                new Segment(new SegmentId(office + "-olt2-pon1"), city, office, office + "-olt2", "1/1/1",
                        Technology.XGS_PON, 128, SegmentStatus.IN_SERVICE,
                        Technology.XGS_PON.usableDownKbps(), Technology.XGS_PON.usableUpKbps()));
    }
}
