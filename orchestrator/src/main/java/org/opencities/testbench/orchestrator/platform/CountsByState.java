package org.opencities.testbench.orchestrator.platform;

import java.util.EnumMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rows counted by a column that holds an enum's names, in one grouped query: what the metrics ask for
 * every scrape, which one count per state would make a scan of the table per state.
 */
public final class CountsByState {

    private CountsByState() {
    }

    /**
     * Runs {@code SELECT <column>, COUNT(*) FROM <table> GROUP BY <column>} and answers a count for
     * every constant of the enum, 0 where no row has it.
     */
    public static <E extends Enum<E>> Map<E, Long> of(JdbcClient jdbc, String table, String column, Class<E> states) {
        var counts = new EnumMap<E, Long>(states);
        for (E state : states.getEnumConstants()) {
            counts.put(state, 0L);
        }
        jdbc.sql("SELECT " + column + ", COUNT(*) FROM " + table + " GROUP BY " + column)
                .query(rs -> {
                    counts.put(Enum.valueOf(states, rs.getString(1)), rs.getLong(2));
                });
        return counts;
    }
}
