package org.opencities.testbench.orchestrator.inventory;

import java.util.List;
import java.util.Map;

import org.opencities.testbench.orchestrator.Unprocessable;

/** A topology import with rows at fault: nothing of it was stored; every error names its row and field. */
public class TopologyRejected extends Unprocessable {

    private final List<RowError> errors;

    public TopologyRejected(List<RowError> errors) {
        super(null, errors.size() + " error(s) in the topology, nothing was stored; the first: row " + errors.get(0).row()
                + " " + errors.get(0).field() + " " + errors.get(0).reason());
        this.errors = List.copyOf(errors);
    }

    public List<RowError> errors() {
        return errors;
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("errors", errors);
    }

    /** One field of one row at fault; rows count from 1 in the order of the document. */
    public record RowError(int row, String field, String reason) {
    }
}
