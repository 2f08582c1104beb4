package org.opencities.testbench.probes.tool;

import org.opencities.testbench.probes.result.MeasurementResult;
import org.opencities.testbench.probes.spec.MeasurementSpec;

/**
 * Measures one spec and always answers: figures, or a {@link org.opencities.testbench.probes.result.MeasurementFailure}
 * with a reason. Implementations let no exception escape and keep within {@link MeasurementSpec#bound()}.
 *
 * @param <S> the spec this tool measures
 */
@FunctionalInterface
public interface MeasurementTool<S extends MeasurementSpec> {

    /** Runs the spec once, blocking the calling thread for at most the spec's bound. */
    MeasurementResult measure(S spec);
}
