package org.opencities.testbench.orchestrator.platform;

import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.util.unit.DataSize;

/**
 * Keeps the single node's H2 file from growing with every commit. With {@code WRITE_DELAY=0} (a
 * commit is on disk before it returns) H2 runs no background writer, and so none of the
 * housekeeping that writer does: every commit writes a chunk of the pages it changed, and a chunk
 * that still holds a few live pages (a B-tree leaf that no later commit touched) is never freed, so
 * the file grew by about 22 KiB per provisioned order. Every {@code every}, while the chunks are less
 * than {@code fillRate} percent live, this moves up to {@code rewriteAtMost} of live pages out of the
 * sparsest chunks older than H2's retention time, as H2's own writer would. It writes nothing
 * itself: the moved pages reach the disk with the application's next commit, and the emptied chunks'
 * space is reused. A database that is not an H2 file written with {@code WRITE_DELAY=0} (PostgreSQL,
 * H2 in memory, H2 with its own writer) is left alone. The store is looked up once, at construction,
 * not on every pass.
 */
public class H2Housekeeping implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(H2Housekeeping.class);

    private final Settings settings;
    /** The H2 file's store when this class keeps house for it, else null. */
    private final MVStore store;
    private ScheduledExecutorService housekeeper;

    /**
     * @param every how often it looks at the chunks
     * @param fillRate the share of live pages in the chunks (percent) below which it moves pages
     * @param rewriteAtMost live pages moved at most per look
     */
    @ConfigurationProperties("testbench.h2.housekeeping")
    public record Settings(@DefaultValue("200ms") Duration every, @DefaultValue("80") int fillRate,
            @DefaultValue("256KB") DataSize rewriteAtMost) {

        public Settings {
            if (every.isNegative() || every.isZero()) {
                throw new IllegalArgumentException("testbench.h2.housekeeping.every must be positive, not " + every);
            }
            if (fillRate < 0 || fillRate > 100) {
                throw new IllegalArgumentException("testbench.h2.housekeeping.fill-rate is a percentage (0 to 100, 0: never), not " + fillRate);
            }
            if (rewriteAtMost.toBytes() < 1 || rewriteAtMost.toBytes() > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("testbench.h2.housekeeping.rewrite-at-most must be between 1 B and 2 GB, not " + rewriteAtMost);
            }
        }
    }

    public H2Housekeeping(DataSource dataSource, Settings settings) {
        this.settings = settings;
        this.store = storeWithoutWriter(dataSource).orElse(null);
    }

    /**
     * Moves live pages out of sparse chunks once, if the database needs it from this class.
     *
     * @return whether it did (false: not an H2 file written with {@code WRITE_DELAY=0}, or dense enough)
     */
    public boolean keepHouse() {
        return needed() && !store.isClosed() && store.compact(settings.fillRate(), (int) settings.rewriteAtMost().toBytes());
    }

    /** Whether the database is an H2 file that nobody else keeps house for. */
    public boolean needed() {
        return store != null;
    }

    private static Optional<MVStore> storeWithoutWriter(DataSource dataSource) {
        try (var connection = dataSource.getConnection()) {
            if (!connection.isWrapperFor(JdbcConnection.class)
                    || !(connection.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal session)) {
                return Optional.empty();
            }
            var store = session.getDatabase().getStore().getMvStore();
            boolean file = store.getFileStore() != null && store.getFileStore().getFileName() != null;
            return file && store.getAutoCommitDelay() == 0 ? Optional.of(store) : Optional.empty();
        } catch (SQLException e) {
            log.debug("No H2 housekeeping: {}", e.getMessage());
            return Optional.empty();
        }
    }

    @Override
    public void start() {
        if (!needed()) {
            return;
        }
        housekeeper = Executors.newSingleThreadScheduledExecutor(new CustomizableThreadFactory("h2-housekeeping-"));
        long every = settings.every().toMillis();
        log.info("H2 housekeeping every {}: up to {} of live pages moved while chunks are under {} % live", settings.every(),
                settings.rewriteAtMost(), settings.fillRate());
        housekeeper.scheduleWithFixedDelay(this::keepHouseLogged, every, every, TimeUnit.MILLISECONDS);
    }

    private void keepHouseLogged() {
        try {
            keepHouse();
        } catch (RuntimeException e) {
            log.warn("H2 housekeeping failed; it tries again in {}", settings.every(), e);
        }
    }

    @Override
    public void stop() {
        if (housekeeper != null) {
            housekeeper.shutdownNow();
            housekeeper = null;
        }
    }

    @Override
    public boolean isRunning() {
        return housekeeper != null;
    }
}
