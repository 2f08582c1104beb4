package org.opencities.testbench.orchestrator.admission.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.opencities.testbench.orchestrator.admission.AdmissionControl;
import org.opencities.testbench.orchestrator.admission.AdmissionDecision;
import org.opencities.testbench.orchestrator.admission.BandwidthProfile;
import org.opencities.testbench.orchestrator.admission.CapacityBelowCommitted;
import org.opencities.testbench.orchestrator.admission.CapacityLedger;
import org.opencities.testbench.orchestrator.admission.Demand;
import org.opencities.testbench.orchestrator.admission.Direction;
import org.opencities.testbench.orchestrator.admission.Load;
import org.opencities.testbench.orchestrator.admission.NotFeasible;
import org.opencities.testbench.orchestrator.admission.Refusal;
import org.opencities.testbench.orchestrator.admission.SegmentCapacities;
import org.opencities.testbench.orchestrator.admission.SegmentCapacity;
import org.opencities.testbench.orchestrator.inventory.Segment;
import org.opencities.testbench.orchestrator.inventory.SegmentChanged;
import org.opencities.testbench.orchestrator.inventory.SegmentId;
import org.opencities.testbench.orchestrator.inventory.SegmentNotFound;
import org.opencities.testbench.orchestrator.inventory.TopologyRejected;
import org.opencities.testbench.orchestrator.inventory.TopologyRejected.RowError;
import org.opencities.testbench.orchestrator.inventory.persistence.SegmentRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The capacity ledger on the database. A reservation is one conditional UPDATE that adds the
 * demand to a segment's committed sums only where every sum stays within its limit, computed by
 * the database from the same row: the row lock it takes makes concurrent reservations on a
 * segment (other threads, other replicas) wait and re-check, on H2 and PostgreSQL alike. Every
 * method joins the caller's transaction when there is one.
 */
@Repository
public class JdbcCapacityLedger implements CapacityLedger, SegmentCapacities {

    /** How often a reservation retries when other reservations took the candidates it was about to use. */
    private static final int CONTENDED_ROUNDS = 5;

    private static final String TAKE = """
            UPDATE orchestrator.segment
               SET committed_down_guaranteed_kbps = committed_down_guaranteed_kbps + :dg,
                   committed_down_maximum_kbps = committed_down_maximum_kbps + :dm,
                   committed_up_guaranteed_kbps = committed_up_guaranteed_kbps + :ug,
                   committed_up_maximum_kbps = committed_up_maximum_kbps + :um
             WHERE id = :id AND status = 'IN_SERVICE'
               AND committed_down_guaranteed_kbps + :dg <= FLOOR(usable_down_kbps * (1 - headroom))
               AND committed_down_maximum_kbps + :dm <= FLOOR(usable_down_kbps * overbooking)
               AND committed_up_guaranteed_kbps + :ug <= FLOOR(usable_up_kbps * (1 - headroom))
               AND committed_up_maximum_kbps + :um <= FLOOR(usable_up_kbps * overbooking)""";

    private static final String GIVE_BACK = """
            UPDATE orchestrator.segment
               SET committed_down_guaranteed_kbps = committed_down_guaranteed_kbps - :dg,
                   committed_down_maximum_kbps = committed_down_maximum_kbps - :dm,
                   committed_up_guaranteed_kbps = committed_up_guaranteed_kbps - :ug,
                   committed_up_maximum_kbps = committed_up_maximum_kbps - :um
             WHERE id = :id""";

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    public JdbcCapacityLedger(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public Feasibility feasibility(String city, Demand demand) {
        demand.validated();
        return new Feasibility(city, demand, AdmissionControl.rank(capacitiesIn(city), demand));
    }

    @Override
    public Reservation reserve(String serviceId, String city, Demand demand) {
        requireServiceId(serviceId);
        demand.validated();
        // A service holds its reservation already only when its saga runs this step again: rather than look for
        // one before every reservation, the insert finds it (and gives back what it took), or the refusal does.
        return transaction.execute(status -> {
            List<AdmissionDecision> ranked = List.of();
            for (int round = 0; round < CONTENDED_ROUNDS; round++) {
                ranked = AdmissionControl.rank(capacitiesIn(city), demand);
                for (AdmissionDecision decision : ranked) {
                    if (!decision.admitted()) {
                        break;
                    }
                    var segment = decision.segment().segment();
                    if (change(TAKE, segment, demand)) {
                        return record(serviceId, segment, demand);
                    }
                }
                if (ranked.isEmpty() || !ranked.get(0).admitted()) {
                    break;
                }
            }
            var refusals = ranked.stream().flatMap(decision -> decision.refusals().stream()).toList();
            return find(serviceId).orElseThrow(() -> new NotFeasible(city, refusals));
        });
    }

    @Override
    public boolean release(String serviceId) {
        requireServiceId(serviceId);
        return Boolean.TRUE.equals(transaction.execute(status -> {
            var held = find(serviceId);
            if (held.isEmpty()) {
                return false;
            }
            int deleted = jdbc.sql("DELETE FROM orchestrator.capacity_reservation WHERE service_id = :id")
                    .param("id", serviceId).update();
            if (deleted == 0) {
                return false;
            }
            change(GIVE_BACK, held.get().segment(), held.get().demand());
            return true;
        }));
    }

    /** The reservation a service holds, if any. */
    public Optional<Reservation> find(String serviceId) {
        return jdbc.sql("SELECT * FROM orchestrator.capacity_reservation WHERE service_id = :id")
                .param("id", serviceId)
                .query((rs, n) -> new Reservation(rs.getString("service_id"), new SegmentId(rs.getString("segment_id")),
                        new Demand(profile(rs, "down_"), profile(rs, "up_"))))
                .optional();
    }

    /** Sums of what the reservations on a segment hold, per direction: what its committed columns must equal. */
    public Map<Direction, Load> reservedOn(SegmentId segment) {
        var sums = new LinkedHashMap<Direction, Load>();
        for (Direction direction : Direction.values()) {
            sums.put(direction, Load.NONE);
        }
        jdbc.sql("SELECT * FROM orchestrator.capacity_reservation WHERE segment_id = :id")
                .param("id", segment.value())
                .query((rs, n) -> new Demand(profile(rs, "down_"), profile(rs, "up_")))
                .list()
                .forEach(demand -> {
                    sums.merge(Direction.DOWNSTREAM, Load.of(demand.downstream()), Load::plus);
                    sums.merge(Direction.UPSTREAM, Load.of(demand.upstream()), Load::plus);
                });
        return sums;
    }

    @Override
    public Map<SegmentId, SegmentCapacity> of(Collection<SegmentId> ids) {
        var capacities = new LinkedHashMap<SegmentId, SegmentCapacity>();
        if (ids.isEmpty()) {
            return capacities;
        }
        jdbc.sql("SELECT * FROM orchestrator.segment WHERE id IN (:ids) ORDER BY city, id")
                .param("ids", ids.stream().map(SegmentId::value).toList())
                .query((rs, n) -> capacity(rs))
                .list()
                .forEach(capacity -> capacities.put(capacity.segment(), capacity));
        return capacities;
    }

    @Override
    public Segment reconfigure(SegmentId id, String expectedTag, UnaryOperator<Segment> change) {
        return transaction.execute(status -> {
            var current = lock(id).orElseThrow(() -> new SegmentNotFound(id));
            if (!current.segment().tag().equals(expectedTag)) {
                throw new SegmentChanged(id);
            }
            var changed = change.apply(current.segment());
            if (!changed.id().equals(id)) {
                throw new IllegalArgumentException("a change must keep the segment id " + id);
            }
            var refusals = SegmentCapacity.of(changed, current.committedDown(), current.committedUp()).overCommitted();
            if (!refusals.isEmpty()) {
                throw new CapacityBelowCommitted(refusals);
            }
            SegmentRows.bind(jdbc.sql(SegmentRows.UPDATE), changed).update();
            return changed;
        });
    }

    @Override
    public Stored store(List<Segment> segments) {
        return transaction.execute(status -> {
            var errors = new ArrayList<RowError>();
            var existing = new ArrayList<Boolean>();
            for (int i = 0; i < segments.size(); i++) {
                var segment = segments.get(i);
                int row = i + 1;
                var current = lock(segment.id());
                existing.add(current.isPresent());
                current.ifPresent(held -> SegmentCapacity.of(segment, held.committedDown(), held.committedUp()).overCommitted()
                        .forEach(refusal -> errors.add(new RowError(row, limitField(refusal), refusal.reason()))));
                jdbc.sql("SELECT id FROM orchestrator.segment WHERE olt = :olt AND pon_port = :port AND id <> :id")
                        .param("olt", segment.olt()).param("port", segment.ponPort()).param("id", segment.id().value())
                        .query(String.class).optional()
                        .ifPresent(other -> errors.add(new RowError(row, "ponPort", "OLT " + segment.olt() + " port "
                                + segment.ponPort() + " belongs to segment " + other + " already")));
            }
            if (!errors.isEmpty()) {
                throw new TopologyRejected(errors);
            }
            int added = 0;
            for (int i = 0; i < segments.size(); i++) {
                if (existing.get(i)) {
                    SegmentRows.bind(jdbc.sql(SegmentRows.UPDATE), segments.get(i)).update();
                } else {
                    SegmentRows.bind(jdbc.sql(SegmentRows.INSERT), segments.get(i)).update();
                    added++;
                }
            }
            return new Stored(added, segments.size() - added);
        });
    }

    private static String limitField(Refusal refusal) {
        String direction = refusal.direction() == Direction.DOWNSTREAM ? "Down" : "Up";
        return refusal.rate() == Refusal.Rate.GUARANTEED ? "headroom" : "usable" + direction + "Kbps";
    }

    private List<SegmentCapacity> capacitiesIn(String city) {
        return jdbc.sql("SELECT * FROM orchestrator.segment WHERE city = :city ORDER BY id")
                .param("city", city)
                .query((rs, n) -> capacity(rs))
                .list();
    }

    private Optional<Row> lock(SegmentId id) {
        return jdbc.sql("SELECT * FROM orchestrator.segment WHERE id = :id FOR UPDATE")
                .param("id", id.value())
                .query((rs, n) -> row(rs))
                .optional();
    }

    private Reservation record(String serviceId, SegmentId segment, Demand demand) {
        int inserted = jdbc.sql("""
                INSERT INTO orchestrator.capacity_reservation (service_id, segment_id,
                    down_cir_kbps, down_cbs_bytes, down_pir_kbps, down_pbs_bytes, down_gir_kbps,
                    up_cir_kbps, up_cbs_bytes, up_pir_kbps, up_pbs_bytes, up_gir_kbps, reserved_at)
                VALUES (:service, :segment, :dcir, :dcbs, :dpir, :dpbs, :dgir, :ucir, :ucbs, :upir, :upbs, :ugir, :at)
                ON CONFLICT DO NOTHING""")
                .param("service", serviceId)
                .param("segment", segment.value())
                .param("dcir", demand.downstream().cirKbps()).param("dcbs", demand.downstream().cbsBytes())
                .param("dpir", demand.downstream().pirKbps()).param("dpbs", demand.downstream().pbsBytes())
                .param("dgir", demand.downstream().girKbps())
                .param("ucir", demand.upstream().cirKbps()).param("ucbs", demand.upstream().cbsBytes())
                .param("upir", demand.upstream().pirKbps()).param("upbs", demand.upstream().pbsBytes())
                .param("ugir", demand.upstream().girKbps())
                .param("at", OffsetDateTime.now(ZoneOffset.UTC))
                .update();
        if (inserted == 1) {
            return new Reservation(serviceId, segment, demand);
        }
        // Another transaction reserved for the same service meanwhile: keep its reservation, not ours.
        change(GIVE_BACK, segment, demand);
        return find(serviceId).orElseThrow(() -> new IllegalStateException("reservation of " + serviceId + " vanished"));
    }

    private boolean change(String statement, SegmentId segment, Demand demand) {
        var down = Load.of(demand.downstream());
        var up = Load.of(demand.upstream());
        return jdbc.sql(statement)
                .param("id", segment.value())
                .param("dg", down.guaranteedKbps()).param("dm", down.maximumKbps())
                .param("ug", up.guaranteedKbps()).param("um", up.maximumKbps())
                .update() == 1;
    }

    private static SegmentCapacity capacity(ResultSet rs) throws SQLException {
        var row = row(rs);
        return SegmentCapacity.of(row.segment(), row.committedDown(), row.committedUp());
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(SegmentRows.segment(rs),
                new Load(rs.getLong("committed_down_guaranteed_kbps"), rs.getLong("committed_down_maximum_kbps")),
                new Load(rs.getLong("committed_up_guaranteed_kbps"), rs.getLong("committed_up_maximum_kbps")));
    }

    /** A segment row with its committed sums. */
    private record Row(Segment segment, Load committedDown, Load committedUp) {
    }

    private static BandwidthProfile profile(ResultSet rs, String prefix) throws SQLException {
        return new BandwidthProfile(rs.getLong(prefix + "cir_kbps"), rs.getLong(prefix + "cbs_bytes"),
                rs.getLong(prefix + "pir_kbps"), rs.getLong(prefix + "pbs_bytes"), rs.getLong(prefix + "gir_kbps"));
    }

    private static void requireServiceId(String serviceId) {
        if (serviceId == null || serviceId.isBlank() || serviceId.length() > 100) {
            throw new IllegalArgumentException("service id must be given, at most 100 characters");
        }
    }
}
