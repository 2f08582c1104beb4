package org.opencities.testbench.registry.call.application;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.opencities.testbench.registry.call.CallId;

/** All applications to open calls. */
public interface Applications {

    /** Stores a new application; throws {@link AlreadyApplied} if its app applied to the call before. */
    void add(Application application);

    Optional<Application> find(ApplicationId id);

    /** The application if it is one to the given call. */
    default Optional<Application> findIn(CallId call, ApplicationId id) {
        return find(id).filter(found -> found.call().equals(call));
    }

    /** Stores the application if it is still at its version and returns it at the next one. */
    Application update(Application application);

    /**
     * A call's applications in order of submission, {@code limit} of them from {@code offset}.
     *
     * @param organisations only these organisations' applications, or {@code null} for all
     */
    List<Application> page(CallId call, Set<String> organisations, int offset, int limit);

    long count(CallId call, Set<String> organisations);
}
