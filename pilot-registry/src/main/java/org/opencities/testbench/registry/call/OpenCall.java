package org.opencities.testbench.registry.call;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.opencities.testbench.registry.city.CityId;

/**
 * An open call: a living lab's competition whose prize is a pilot in one or more cities. The call
 * owns its state machine ({@link CallState}); only drafts may be edited, and applications are taken
 * only while it is open and before its closing instant. Opening and closing keep the zone they
 * were given in, so a call closing "at 17:00 in Brussels" stays that.
 *
 * @param owner the city whose living lab runs the call; its lab managers manage it
 * @param capacities one per target city, in the order of the target cities
 * @param jurors user names of the lab managers who judge the applications
 * @param version the number of changes stored so far; guards against lost updates
 */
public record OpenCall(CallId id, CityId owner, String title, String description, ZonedDateTime opensAt,
        ZonedDateTime closesAt, Eligibility eligibility, List<Criterion> criteria, int maxPilots,
        List<CityCapacity> capacities, List<String> jurors, CallState state, long version) {

    public static final int MAX_TITLE = 200;
    public static final int MAX_DESCRIPTION = 4000;
    public static final int MAX_CRITERIA = 10;
    /** The fewest jurors a call needs before it can be evaluated. */
    public static final int MIN_JURORS = 2;

    public OpenCall {
        Objects.requireNonNull(id, "call id");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(state, "state");
        criteria = List.copyOf(criteria);
        capacities = List.copyOf(capacities);
        jurors = List.copyOf(jurors);
    }

    /** A new draft, after checking that its rules can work. */
    public static OpenCall draft(CallId id, CityId owner, Terms terms) {
        terms.check();
        return new OpenCall(id, owner, terms.title().strip(), terms.description(), terms.opensAt(), terms.closesAt(),
                terms.eligibility(), terms.criteria(), terms.maxPilots(), terms.capacities(), List.of(), CallState.DRAFT,
                0);
    }

    /** The same draft with new terms; a call that is no longer a draft refuses. */
    public OpenCall revise(Terms terms) {
        if (state != CallState.DRAFT) {
            throw new IllegalCallTransition("Call " + id + " is " + state + "; only drafts can be edited");
        }
        terms.check();
        return new OpenCall(id, owner, terms.title().strip(), terms.description(), terms.opensAt(), terms.closesAt(),
                terms.eligibility(), terms.criteria(), terms.maxPilots(), terms.capacities(), jurors, state, version);
    }

    /** The call with these jurors; they can be named until evaluation starts. */
    public OpenCall withJurors(List<String> names) {
        if (state != CallState.DRAFT && state != CallState.OPEN) {
            throw new IllegalCallTransition("Call " + id + " is " + state + "; jurors are named before evaluation starts");
        }
        if (new HashSet<>(names).size() != names.size()) {
            throw new InvalidCall("jurors", "Each juror is named once; the list " + names + " repeats a name");
        }
        return new OpenCall(id, owner, title, description, opensAt, closesAt, eligibility, criteria, maxPilots,
                capacities, names, state, version);
    }

    /**
     * Moves the call to {@code target}. Evaluation needs {@value #MIN_JURORS} jurors; awarding goes
     * through {@link #award()} because it needs the chosen applications.
     */
    public OpenCall moveTo(CallState target) {
        if (target == CallState.AWARDED || !state.allowedTargets().contains(target)) {
            throw IllegalCallTransition.between(id, state, target);
        }
        if (target == CallState.EVALUATING && jurors.size() < MIN_JURORS) {
            throw new InvalidCall("jurors", "Call " + id + " needs at least " + MIN_JURORS + " jurors before evaluation; it has "
                    + jurors.size());
        }
        return withState(target);
    }

    /** The call once its pilots have been chosen; only a call under evaluation can be awarded. */
    public OpenCall award() {
        if (state != CallState.EVALUATING) {
            throw new IllegalCallTransition("Call " + id + " is " + state + "; only a call in EVALUATING can be awarded");
        }
        return withState(CallState.AWARDED);
    }

    /** Refuses with the reason unless the call takes applications at {@code now}. */
    public void requireTakingApplications(Instant now) {
        if (state != CallState.OPEN) {
            throw new CallNotOpen("Call " + id + " is " + state + " and takes no applications; its closing instant is "
                    + closesAt + " (" + closesAt.toInstant() + ")");
        }
        if (!now.isBefore(closesAt.toInstant())) {
            throw new CallNotOpen("Call " + id + " closed at " + closesAt + " (" + closesAt.toInstant()
                    + ") and takes no more applications");
        }
        if (now.isBefore(opensAt.toInstant())) {
            throw new CallNotOpen("Call " + id + " takes applications from " + opensAt + " (" + opensAt.toInstant()
                    + ") until " + closesAt);
        }
    }

    /** Refuses unless the call is being judged. */
    public void requireEvaluating() {
        if (state != CallState.EVALUATING) {
            throw new IllegalCallTransition("Call " + id + " is " + state + "; the jury works while it is EVALUATING");
        }
    }

    public List<CityId> cities() {
        return capacities.stream().map(CityCapacity::city).toList();
    }

    public boolean isJuror(String name) {
        return jurors.contains(name);
    }

    private OpenCall withState(CallState target) {
        return new OpenCall(id, owner, title, description, opensAt, closesAt, eligibility, criteria, maxPilots,
                capacities, jurors, target, version);
    }

    /** What a lab manager writes when drafting or revising a call. */
    public record Terms(String title, String description, ZonedDateTime opensAt, ZonedDateTime closesAt,
            Eligibility eligibility, List<Criterion> criteria, int maxPilots, List<CityCapacity> capacities) {

        public Terms {
            description = description == null ? "" : description;
            criteria = List.copyOf(criteria);
            capacities = List.copyOf(capacities);
        }

        void check() {
            if (title == null || title.isBlank() || title.strip().length() > MAX_TITLE) {
                throw new InvalidCall("title", "The title must have 1 to " + MAX_TITLE + " characters");
            }
            if (description.length() > MAX_DESCRIPTION) {
                throw new InvalidCall("description", "The description must have at most " + MAX_DESCRIPTION
                        + " characters, it has " + description.length());
            }
            if (!closesAt.toInstant().isAfter(opensAt.toInstant())) {
                throw new InvalidCall("closesAt", "The call closes at " + closesAt + ", not after it opens at " + opensAt);
            }
            checkCriteria();
            checkEligibility();
            if (maxPilots < 1) {
                throw new InvalidCall("maxPilots", "A call awards at least 1 pilot, not " + maxPilots);
            }
            checkCapacities();
        }

        private void checkCriteria() {
            if (criteria.isEmpty() || criteria.size() > MAX_CRITERIA) {
                throw new InvalidCall("criteria", "A call has 1 to " + MAX_CRITERIA + " criteria, not " + criteria.size());
            }
            var names = new HashSet<String>();
            for (int i = 0; i < criteria.size(); i++) {
                var criterion = criteria.get(i);
                if (criterion.name() == null || criterion.name().isBlank()) {
                    throw new InvalidCall("criteria[" + i + "].name", "Every criterion needs a name");
                }
                if (!names.add(criterion.name().strip().toLowerCase(Locale.ROOT))) {
                    throw new InvalidCall("criteria[" + i + "].name", "The criterion '" + criterion.name()
                            + "' is named twice; criterion names are unique");
                }
                if (criterion.weight() < 1 || criterion.weight() > Criterion.MAX_WEIGHT) {
                    throw new InvalidCall("criteria[" + i + "].weight", "A weight is 1 to " + Criterion.MAX_WEIGHT
                            + ", not " + criterion.weight());
                }
            }
        }

        private void checkEligibility() {
            if (eligibility.minTesters() < 1 || eligibility.maxTesters() < eligibility.minTesters()) {
                throw new InvalidCall("eligibility.maxTesters", "Planned testers must range from at least 1 up to a maximum "
                        + "no lower than the minimum; got " + eligibility.minTesters() + " to " + eligibility.maxTesters());
            }
        }

        private void checkCapacities() {
            if (capacities.isEmpty()) {
                throw new InvalidCall("capacities", "A call targets at least one city, each with its capacity");
            }
            var cities = new HashSet<CityId>();
            for (int i = 0; i < capacities.size(); i++) {
                var capacity = capacities.get(i);
                if (!cities.add(capacity.city())) {
                    throw new InvalidCall("capacities[" + i + "].city", "The city " + capacity.city()
                            + " is listed twice; give one capacity per city");
                }
                if (capacity.maxPilots() < 1) {
                    throw new InvalidCall("capacities[" + i + "].maxPilots", capacity.city()
                            + " must host at least 1 pilot, not " + capacity.maxPilots());
                }
                if (capacity.downstreamKbps() < 0 || capacity.upstreamKbps() < 0) {
                    throw new InvalidCall("capacities[" + i + "]", "The rates " + capacity.city()
                            + " guarantees are 0 kbit/s or more");
                }
            }
        }
    }
}
