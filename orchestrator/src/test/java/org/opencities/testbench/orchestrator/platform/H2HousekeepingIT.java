package org.opencities.testbench.orchestrator.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.unit.DataSize;

/**
 * {@link H2Housekeeping} on real H2 files: the single node's settings ({@code WRITE_DELAY=0}), with
 * {@code RETENTION_TIME=0} so that chunks may be rewritten at once rather than after 45 s.
 */
class H2HousekeepingIT {

    /** The defaults. */
    private static final H2Housekeeping.Settings SETTINGS = new H2Housekeeping.Settings(Duration.ofMillis(200), 80,
            DataSize.ofKilobytes(256));

    private final List<JdbcDataSource> databases = new ArrayList<>();

    @TempDir
    Path data;

    @AfterEach
    void shutDown() {
        databases.forEach(database -> JdbcClient.create(database).sql("SHUTDOWN").update());
    }

    @Test
    void freesTheChunksThatCommitsLeftSparse() {
        var database = h2("jdbc:h2:file:" + data.resolve("db") + ";WRITE_DELAY=0;RETENTION_TIME=0;PAGE_SIZE=4096");
        var housekeeping = new H2Housekeeping(database, SETTINGS);
        var jdbc = JdbcClient.create(database);
        jdbc.sql("CREATE TABLE work (id BIGINT PRIMARY KEY, state VARCHAR(20), body VARCHAR(1000))").update();
        jdbc.sql("CREATE INDEX work_state ON work (state)").update();
        commits(jdbc, 0, 600);
        int chunksBefore = info(jdbc, "info.CHUNK_COUNT");
        int fillRateBefore = info(jdbc, "info.CHUNKS_FILL_RATE");

        for (int round = 0; round < 100; round++) {
            housekeeping.keepHouse();
            // the moved pages are written by the next commit, as the application's own
            commits(jdbc, 600 + round, 1);
        }

        assertThat(housekeeping.needed()).isTrue();
        assertThat(fillRateBefore).isLessThan(50);
        assertThat(info(jdbc, "info.CHUNKS_FILL_RATE")).isGreaterThanOrEqualTo(fillRateBefore + 20);
        assertThat(info(jdbc, "info.CHUNK_COUNT")).isLessThan(chunksBefore / 2);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM work").query(Integer.class).single()).isEqualTo(700 * 10);
    }

    @Test
    void leavesAloneADatabaseInMemory() {
        var housekeeping = new H2Housekeeping(h2("jdbc:h2:mem:housekeeping-" + System.nanoTime()), SETTINGS);

        assertThat(housekeeping.needed()).isFalse();
        assertThat(housekeeping.keepHouse()).isFalse();
    }

    @Test
    void leavesAloneAFileThatH2KeepsHouseForItself() {
        var housekeeping = new H2Housekeeping(h2("jdbc:h2:file:" + data.resolve("delayed") + ";WRITE_DELAY=500"), SETTINGS);

        assertThat(housekeeping.needed()).isFalse();
    }

    @Test
    void refusesSettingsThatCannotWork() {
        assertThatIllegalArgumentException().isThrownBy(() -> new H2Housekeeping.Settings(Duration.ZERO, 80, DataSize.ofKilobytes(256)))
                .withMessageContaining("every must be positive");
        assertThatIllegalArgumentException().isThrownBy(() -> new H2Housekeeping.Settings(Duration.ofSeconds(1), 101, DataSize.ofKilobytes(256)))
                .withMessageContaining("fill-rate is a percentage");
        assertThatIllegalArgumentException().isThrownBy(() -> new H2Housekeeping.Settings(Duration.ofSeconds(1), 80, DataSize.ofGigabytes(4)))
                .withMessageContaining("rewrite-at-most");
    }

    /** Commits that each add ten rows and move older ones on, as orders do: most pages they write are soon stale. */
    private static void commits(JdbcClient jdbc, int first, int count) {
        String body = "x".repeat(300);
        for (int commit = first; commit < first + count; commit++) {
            for (int row = commit * 10; row < commit * 10 + 10; row++) {
                jdbc.sql("INSERT INTO work VALUES (?, 'new', ?)").params(row, body).update();
            }
            jdbc.sql("UPDATE work SET state = 'done' WHERE id BETWEEN ? AND ?").params(commit * 10 - 50, commit * 10 - 41).update();
        }
    }

    private static int info(JdbcClient jdbc, String name) {
        return jdbc.sql("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = ?").param(name)
                .query(Integer.class).single();
    }

    /** The database stays open between connections (as in a pool) until the test shuts it down. */
    private JdbcDataSource h2(String url) {
        var dataSource = new JdbcDataSource();
        dataSource.setURL(url + ";DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        databases.add(dataSource);
        return dataSource;
    }
}
