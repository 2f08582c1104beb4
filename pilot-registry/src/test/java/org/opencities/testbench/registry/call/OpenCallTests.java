package org.opencities.testbench.registry.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.opencities.testbench.registry.app.AppCategory;
import org.opencities.testbench.registry.city.CityId;

class OpenCallTests {

    static final ZonedDateTime OPENS = ZonedDateTime.parse("2027-01-10T09:00+01:00[Europe/Brussels]");
    static final ZonedDateTime CLOSES = ZonedDateTime.parse("2027-03-10T17:00+02:00[Europe/Helsinki]");

    static OpenCall.Terms terms(List<Criterion> criteria) {
        return new OpenCall.Terms("Smart city services", "Pilots on fibre", OPENS, CLOSES,
                new Eligibility(List.of("FI"), List.of(AppCategory.MOBILITY), 10, 500), criteria, 2,
                List.of(new CityCapacity(new CityId("helsinki"), 2, 100_000, 20_000)));
    }

    static OpenCall draft() {
        return OpenCall.draft(new CallId("smart-2027"), new CityId("helsinki"),
                terms(List.of(new Criterion("Impact", 3), new Criterion("Feasibility", 1))));
    }

    @Test
    void walksFromDraftToClosedOneStepAtATime() {
        var call = draft().moveTo(CallState.OPEN).withJurors(List.of("a", "b")).moveTo(CallState.EVALUATING).award()
                .moveTo(CallState.CLOSED);

        assertThat(call.state()).isEqualTo(CallState.CLOSED);
    }

    @Test
    void refusesToSkipAState() {
        assertThatThrownBy(() -> draft().moveTo(CallState.EVALUATING))
                .isInstanceOf(IllegalCallTransition.class)
                .hasMessageContaining("DRAFT").hasMessageContaining("EVALUATING").hasMessageContaining("[OPEN]");
    }

    @Test
    void refusesToAwardThroughAPlainTransition() {
        var evaluating = draft().moveTo(CallState.OPEN).withJurors(List.of("a", "b")).moveTo(CallState.EVALUATING);

        assertThatThrownBy(() -> evaluating.moveTo(CallState.AWARDED)).hasMessageContaining("/award");
    }

    @Test
    void needsTwoJurorsBeforeEvaluation() {
        var open = draft().moveTo(CallState.OPEN).withJurors(List.of("a"));

        assertThatThrownBy(() -> open.moveTo(CallState.EVALUATING))
                .isInstanceOf(InvalidCall.class)
                .hasMessageContaining("at least 2 jurors");
    }

    @Test
    void letsOnlyDraftsBeRevised() {
        var open = draft().moveTo(CallState.OPEN);

        assertThatThrownBy(() -> open.revise(terms(List.of(new Criterion("Impact", 1)))))
                .isInstanceOf(IllegalCallTransition.class).hasMessageContaining("only drafts");
    }

    @Test
    void refusesCriteriaNamedTwice() {
        assertThatThrownBy(() -> OpenCall.draft(new CallId("c-1"), new CityId("helsinki"),
                terms(List.of(new Criterion("Impact", 1), new Criterion("impact ", 2)))))
                .isInstanceOf(InvalidCall.class)
                .satisfies(e -> assertThat(((InvalidCall) e).field()).isEqualTo("criteria[1].name"));
    }

    @Test
    void refusesAClosingBeforeTheOpening() {
        var terms = new OpenCall.Terms("t", "", CLOSES, OPENS, new Eligibility(List.of(), List.of(), 1, 10),
                List.of(new Criterion("Impact", 1)), 1, List.of(new CityCapacity(new CityId("helsinki"), 1, 1, 1)));

        assertThatThrownBy(() -> OpenCall.draft(new CallId("c-1"), new CityId("helsinki"), terms))
                .isInstanceOf(InvalidCall.class).hasMessageContaining("not after it opens");
    }

    @Test
    void refusesApplicationsAfterClosingNamingTheClosingInstantWithItsZone() {
        var open = draft().moveTo(CallState.OPEN);

        assertThatThrownBy(() -> open.requireTakingApplications(CLOSES.toInstant()))
                .isInstanceOf(CallNotOpen.class)
                .hasMessageContaining("2027-03-10T17:00+02:00[Europe/Helsinki]")
                .hasMessageContaining("2027-03-10T15:00:00Z");
    }

    @Test
    void takesApplicationsBetweenOpeningAndClosing() {
        var open = draft().moveTo(CallState.OPEN);

        open.requireTakingApplications(CLOSES.toInstant().minusSeconds(1));
        assertThatThrownBy(() -> open.requireTakingApplications(OPENS.toInstant().minusSeconds(1)))
                .isInstanceOf(CallNotOpen.class).hasMessageContaining("takes applications from");
    }
}
