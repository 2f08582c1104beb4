package org.opencities.testbench.orchestrator.admission;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.opencities.testbench.orchestrator.Unprocessable;

/** No segment of a city admits a demand; the message lists each segment's refusals with numbers. */
public class NotFeasible extends Unprocessable {

    private final String city;
    private final List<Refusal> refusals;

    public NotFeasible(String city, List<Refusal> refusals) {
        super(null, refusals.isEmpty() ? "City " + city + " has no segment in the inventory; add one or pick another city"
                : "No segment in " + city + " can take the service: "
                        + refusals.stream().map(Refusal::reason).collect(Collectors.joining("; ")));
        this.city = city;
        this.refusals = List.copyOf(refusals);
    }

    public String city() {
        return city;
    }

    public List<Refusal> refusals() {
        return refusals;
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("city", city, "refusals", refusals);
    }
}
