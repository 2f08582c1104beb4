package org.opencities.testbench.registry.call.service;

import java.time.Clock;
import java.util.List;

import org.opencities.testbench.registry.call.OpenCall;
import org.opencities.testbench.registry.call.application.Application;
import org.opencities.testbench.registry.call.application.ApplicationState;
import org.opencities.testbench.registry.call.application.Applications;
import org.opencities.testbench.registry.call.jury.Candidate;
import org.opencities.testbench.registry.call.jury.Jury;
import org.opencities.testbench.registry.call.jury.JuryConflict;
import org.opencities.testbench.registry.call.jury.Rank;
import org.opencities.testbench.registry.call.jury.Ranking;
import org.opencities.testbench.registry.call.jury.Recusal;
import org.opencities.testbench.registry.call.jury.ScoreSheet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Where jurors score applications or step aside from them, and where the ranking is drawn up. */
@Service
public class JuryRoom {

    /** Enough to rank every application of a call; calls take far fewer. */
    static final int ALL = 10_000;

    private final Jury jury;
    private final Applications applications;
    private final Clock clock = Clock.systemUTC();

    public JuryRoom(Jury jury, Applications applications) {
        this.jury = jury;
        this.applications = applications;
    }

    @Transactional
    public ScoreSheet score(OpenCall call, Application application, String juror, List<Integer> points, String comment) {
        requireJudgeable(call, application, juror);
        if (jury.isRecused(application.id(), juror)) {
            throw new JuryConflict(juror + " declared a conflict of interest with application " + application.id()
                    + " and takes no part in judging it");
        }
        var sheet = new ScoreSheet(application.id(), juror, points, comment, clock.instant());
        sheet.checkAgainst(call.criteria());
        jury.score(sheet);
        return sheet;
    }

    @Transactional
    public Recusal recuse(OpenCall call, Application application, String juror, String reason) {
        requireJudgeable(call, application, juror);
        var recusal = new Recusal(application.id(), juror, reason == null ? "" : reason, clock.instant());
        jury.recuse(recusal);
        return recusal;
    }

    /** The call's competing applications in ranking order (see {@link Ranking} for the tie rule). */
    @Transactional(readOnly = true)
    public List<Rank> ranking(OpenCall call) {
        var candidates = applications.page(call.id(), null, 0, ALL).stream()
                .filter(application -> application.state() != ApplicationState.WITHDRAWN)
                .map(application -> new Candidate(application.id(), application.submittedAt()))
                .toList();
        return Ranking.of(call.criteria(), candidates, jury.sheets(call.id()), jury.recusals(call.id()));
    }

    public List<ScoreSheet> sheets(OpenCall call) {
        return jury.sheets(call.id());
    }

    public List<Recusal> recusals(OpenCall call) {
        return jury.recusals(call.id());
    }

    private static void requireJudgeable(OpenCall call, Application application, String juror) {
        call.requireEvaluating();
        if (!call.isJuror(juror)) {
            throw new JuryConflict(juror + " is not a juror of call " + call.id() + "; its jurors are " + call.jurors());
        }
        if (application.state() == ApplicationState.WITHDRAWN) {
            throw new JuryConflict("Application " + application.id() + " was withdrawn and is not judged");
        }
    }
}
