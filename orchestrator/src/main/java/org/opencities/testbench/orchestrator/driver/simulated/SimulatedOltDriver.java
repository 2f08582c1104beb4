package org.opencities.testbench.orchestrator.driver.simulated;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;

import org.opencities.testbench.orchestrator.admission.Demand;
import org.opencities.testbench.orchestrator.admission.TcontType;
import org.opencities.testbench.orchestrator.driver.DriverFailure;
import org.opencities.testbench.orchestrator.driver.SegmentDriver;
import org.opencities.testbench.orchestrator.driver.simulated.FaultPlan.Operation;
import org.opencities.testbench.orchestrator.inventory.SegmentId;
import org.opencities.testbench.orchestrator.platform.GroupCommit;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An OLT model in the process: each configured service gets the next free alloc-id (T-CONT) and
 * GEM port of its segment, counted on from the highest one stored (another process taking the same
 * one makes it read the table again). The configuration lives in its own table, so that - as on a real OLT -
 * it outlives a restart of the orchestrator. Each write is a transaction of its own, committed before
 * the call answers; it shares the durable commit with whatever else is ready at the moment
 * ({@link GroupCommit#submit}), and no thread waits for it but the saga's. Configure and remove are
 * idempotent per segment and service; a {@link FaultInjector} adds latency and failures in front of both.
 */
public class SimulatedOltDriver implements SegmentDriver {

    /** The first alloc-id and GEM port handed out; lower ones are the OMCI and default ones on a real OLT. */
    static final int FIRST_ID = 1024;
    private static final int CLAIM_ATTEMPTS = 20;
    private static final String TABLE = "orchestrator.simulated_olt_service";

    private final JdbcClient jdbc;
    private final GroupCommit transactions;
    private final FaultInjector faults;
    /** The last alloc-id handed out per segment, read from the table at the segment's first configuration. */
    private final Map<String, Integer> lastAllocIds = new ConcurrentHashMap<>();

    public SimulatedOltDriver(JdbcClient jdbc, GroupCommit transactions, FaultInjector faults) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.faults = faults;
    }

    @Override
    public CompletionStage<Void> configure(SegmentId segment, String serviceId, Demand demand) {
        TcontType tcont = demand.upstream().tcontType();
        return faults.before(Operation.CONFIGURE, serviceId)
                .thenCompose(ready -> stored(segment, serviceId, demand, tcont, 1));
    }

    /**
     * Stores the service in the next group commit. Two services racing for the same alloc-id (in
     * another process): the loser reads the highest one again and takes the next, up to
     * {@link #CLAIM_ATTEMPTS} times.
     */
    private CompletionStage<Void> stored(SegmentId segment, String serviceId, Demand demand, TcontType tcont, int attempt) {
        return transactions.<Void>submit(() -> {
                    store(segment.value(), serviceId, demand, tcont);
                    return null;
                })
                .exceptionallyCompose(failure -> {
                    if (!(unwrapped(failure) instanceof DuplicateKeyException)) {
                        return failed(failure, "store " + serviceId + " on " + segment);
                    }
                    if (attempt == CLAIM_ATTEMPTS) {
                        return CompletableFuture.failedFuture(new DriverFailure("Simulated OLT found no free alloc-id on " + segment
                                + " after " + CLAIM_ATTEMPTS + " tries", true));
                    }
                    // either the same service is there now, or another alloc-id is free
                    lastAllocIds.remove(segment.value());
                    return stored(segment, serviceId, demand, tcont, attempt + 1);
                });
    }

    /** Stores the service with the segment's next alloc-id, unless it is configured already. */
    private void store(String segment, String serviceId, Demand demand, TcontType tcont) {
        if (find(segment, serviceId).isPresent()) {
            return;
        }
        int next = lastAllocIds.compute(segment, (key, last) -> (last != null ? last : highestAllocId(key)) + 1);
        jdbc.sql("INSERT INTO " + TABLE + " (segment_id, service_id, alloc_id, gem_port, tcont_type, down_guaranteed_kbps,"
                        + " down_maximum_kbps, up_guaranteed_kbps, up_maximum_kbps, configured_at) VALUES (?,?,?,?,?,?,?,?,?,?)")
                .params(segment, serviceId, next, next, tcont.name(),
                        demand.downstream().guaranteedKbps(), demand.downstream().maximumKbps(),
                        demand.upstream().guaranteedKbps(), demand.upstream().maximumKbps(),
                        OffsetDateTime.now(ZoneOffset.UTC))
                .update();
    }

    private int highestAllocId(String segment) {
        return jdbc.sql("SELECT COALESCE(MAX(alloc_id), ?) FROM " + TABLE + " WHERE segment_id = ?")
                .params(FIRST_ID - 1, segment).query(Integer.class).single();
    }

    @Override
    public CompletionStage<Void> remove(SegmentId segment, String serviceId) {
        return faults.before(Operation.REMOVE, serviceId)
                .thenCompose(ready -> transactions.<Void>submit(() -> {
                    jdbc.sql("DELETE FROM " + TABLE + " WHERE segment_id = ? AND service_id = ?")
                            .params(segment.value(), serviceId).update();
                    return null;
                }))
                .exceptionallyCompose(failure -> failed(failure, "remove " + serviceId + " from " + segment));
    }

    /** The failure of a stage, with the database's refusal told as a transient driver failure. */
    private static CompletionStage<Void> failed(Throwable failure, String what) {
        var cause = unwrapped(failure);
        return CompletableFuture.failedFuture(cause instanceof DataAccessException e
                ? new DriverFailure("Simulated OLT could not " + what + ": " + e.getMessage(), true) : cause);
    }

    private static Throwable unwrapped(Throwable failure) {
        return failure instanceof CompletionException wrapped && wrapped.getCause() != null ? wrapped.getCause() : failure;
    }

    /** Every service configured on the OLT, by segment and alloc-id. */
    public List<ConfiguredService> configured() {
        return jdbc.sql("SELECT * FROM " + TABLE + " ORDER BY segment_id, alloc_id").query(SimulatedOltDriver::row).list();
    }

    Optional<ConfiguredService> find(String segmentId, String serviceId) {
        return jdbc.sql("SELECT * FROM " + TABLE + " WHERE segment_id = ? AND service_id = ?").params(segmentId, serviceId)
                .query(SimulatedOltDriver::row).optional();
    }

    private static ConfiguredService row(ResultSet rs, int rowNumber) throws SQLException {
        return new ConfiguredService(rs.getString("segment_id"), rs.getString("service_id"), rs.getInt("alloc_id"),
                rs.getInt("gem_port"), TcontType.valueOf(rs.getString("tcont_type")), rs.getLong("down_guaranteed_kbps"),
                rs.getLong("down_maximum_kbps"), rs.getLong("up_guaranteed_kbps"), rs.getLong("up_maximum_kbps"),
                rs.getObject("configured_at", OffsetDateTime.class).toInstant());
    }
}
