package org.opencities.testbench.registry.city;

import java.util.List;
import java.util.Optional;

/** All cities of the network. */
public interface Cities {

    /** Cities ordered by name, {@code limit} of them from {@code offset}. */
    List<City> page(int offset, int limit);

    long count();

    Optional<City> find(CityId id);

    /** Stores the city with its labs unless a city with its id exists; says whether it stored it. */
    boolean addIfAbsent(City city);
}
