package org.opencities.testbench.registry.call.jury;

import java.util.List;

import org.opencities.testbench.registry.call.CallId;
import org.opencities.testbench.registry.call.application.ApplicationId;

/** The jury's work on calls: score sheets and conflict declarations. */
public interface Jury {

    /** Stores the sheet, replacing the juror's earlier one for the application. */
    void score(ScoreSheet sheet);

    /** Stores the declaration and removes any sheet the juror had given the application. */
    void recuse(Recusal recusal);

    boolean isRecused(ApplicationId application, String juror);

    List<ScoreSheet> sheets(CallId call);

    List<Recusal> recusals(CallId call);
}
