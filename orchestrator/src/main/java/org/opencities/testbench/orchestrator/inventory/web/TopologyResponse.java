package org.opencities.testbench.orchestrator.inventory.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.opencities.testbench.orchestrator.inventory.Segment;

/** The inventory as a tree: city, central office, OLT, then its PON ports (the segments). */
record TopologyResponse(List<City> cities) {

    record City(String city, List<Office> centralOffices) {
    }

    record Office(String centralOffice, List<Olt> olts) {
    }

    record Olt(String olt, List<Port> ponPorts) {
    }

    record Port(String ponPort, String segment, String technology, int splitRatio, int ontCount, String status) {
    }

    /** The tree of segments given in city and id order. */
    static TopologyResponse of(List<Segment> segments) {
        var tree = new LinkedHashMap<String, Map<String, Map<String, List<Port>>>>();
        for (Segment segment : segments) {
            tree.computeIfAbsent(segment.city(), city -> new LinkedHashMap<>())
                    .computeIfAbsent(segment.centralOffice(), office -> new LinkedHashMap<>())
                    .computeIfAbsent(segment.olt(), olt -> new ArrayList<>())
                    .add(new Port(segment.ponPort(), segment.id().value(), segment.technology().name(),
                            segment.splitRatio(), segment.ontCount(), segment.status().name()));
        }
        return new TopologyResponse(tree.entrySet().stream()
                .map(city -> new City(city.getKey(), city.getValue().entrySet().stream()
                        .map(office -> new Office(office.getKey(), office.getValue().entrySet().stream()
                                .map(olt -> new Olt(olt.getKey(), olt.getValue())).toList()))
                        .toList()))
                .toList());
    }
}
