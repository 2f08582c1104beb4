package org.opencities.testbench.registry.call.pages;

import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.opencities.testbench.registry.call.CityCapacity;
import org.opencities.testbench.registry.call.Criterion;
import org.opencities.testbench.registry.call.Eligibility;
import org.opencities.testbench.registry.call.InvalidCall;
import org.opencities.testbench.registry.call.OpenCall;
import org.opencities.testbench.registry.city.CityId;

/**
 * The lab manager's draft form as entered. Criteria are written one per line as
 * {@code name:weight}, capacities one per line as {@code city:pilots:downstreamKbps:upstreamKbps};
 * anything that does not parse is reported on its field, as the API would.
 */
record DraftForm(String id, String owner, String title, String description, String opensAt, String closesAt,
        String criteria, String capacities, String maxPilots, String minTesters, String maxTesters) {

    static DraftForm empty(String owner) {
        return new DraftForm("", owner, "", "", "", "",
                "Impact:3\nFeasibility:2", owner + ":1:100000:20000", "1", "10", "500");
    }

    OpenCall.Terms terms() {
        return new OpenCall.Terms(title, description, zoned("opensAt", opensAt), zoned("closesAt", closesAt),
                new Eligibility(List.of(), List.of(), number("minTesters", minTesters), number("maxTesters", maxTesters)),
                criteriaList(), number("maxPilots", maxPilots), capacityList());
    }

    private List<Criterion> criteriaList() {
        var list = new ArrayList<Criterion>();
        for (String line : lines(criteria)) {
            int colon = line.lastIndexOf(':');
            if (colon < 1) {
                throw new InvalidCall("criteria", "Write each criterion as name:weight, not '" + line + "'");
            }
            list.add(new Criterion(line.substring(0, colon).strip(), number("criteria", line.substring(colon + 1))));
        }
        return list;
    }

    private List<CityCapacity> capacityList() {
        var list = new ArrayList<CityCapacity>();
        for (String line : lines(capacities)) {
            String[] parts = line.split(":");
            if (parts.length != 4) {
                throw new InvalidCall("capacities", "Write each city as city:pilots:downstreamKbps:upstreamKbps, not '" + line + "'");
            }
            try {
                list.add(new CityCapacity(new CityId(parts[0].strip()), number("capacities", parts[1]),
                        Long.parseLong(parts[2].strip()), Long.parseLong(parts[3].strip())));
            } catch (IllegalArgumentException e) {
                throw new InvalidCall("capacities", "'" + line + "' is not city:pilots:downstreamKbps:upstreamKbps");
            }
        }
        return list;
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    private static int number(String field, String value) {
        try {
            return Integer.parseInt(value == null ? "" : value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidCall(field, "'" + value + "' is not a whole number");
        }
    }

    private static ZonedDateTime zoned(String field, String value) {
        try {
            return ZonedDateTime.parse(value == null ? "" : value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidCall(field, "'" + value + "' is not an ISO date-time with a zone such as "
                    + "2027-01-10T09:00+02:00[Europe/Helsinki]");
        }
    }
}
