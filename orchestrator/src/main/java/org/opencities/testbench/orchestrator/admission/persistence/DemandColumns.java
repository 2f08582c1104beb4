package org.opencities.testbench.orchestrator.admission.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

import org.opencities.testbench.orchestrator.admission.BandwidthProfile;
import org.opencities.testbench.orchestrator.admission.Demand;

/**
 * A {@link Demand} in the ten nullable columns {@code down_cir_kbps .. up_gir_kbps} that every
 * table storing a demand has; all ten are {@code null} when there is no demand.
 */
public final class DemandColumns {

    /** The columns, in the order {@link #NAMED_PARAMETERS} lists their parameters. */
    public static final String COLUMNS = "down_cir_kbps, down_cbs_bytes, down_pir_kbps, down_pbs_bytes, down_gir_kbps, "
            + "up_cir_kbps, up_cbs_bytes, up_pir_kbps, up_pbs_bytes, up_gir_kbps";

    /** Named parameters for {@link #COLUMNS}, as {@link #parameters(Demand)} fills them. */
    public static final String NAMED_PARAMETERS = ":down_cir_kbps, :down_cbs_bytes, :down_pir_kbps, :down_pbs_bytes, "
            + ":down_gir_kbps, :up_cir_kbps, :up_cbs_bytes, :up_pir_kbps, :up_pbs_bytes, :up_gir_kbps";

    private DemandColumns() {
    }

    /** One parameter per column, named like it. */
    public static Map<String, Object> parameters(Demand demand) {
        var parameters = new HashMap<String, Object>();
        put(parameters, "down", demand == null ? null : demand.downstream());
        put(parameters, "up", demand == null ? null : demand.upstream());
        return parameters;
    }

    /** The demand of the current row, or {@code null}. */
    public static Demand read(ResultSet rs) throws SQLException {
        if (rs.getObject("down_pir_kbps") == null) {
            return null;
        }
        return new Demand(profile(rs, "down"), profile(rs, "up"));
    }

    private static void put(Map<String, Object> parameters, String direction, BandwidthProfile profile) {
        parameters.put(direction + "_cir_kbps", profile == null ? null : profile.cirKbps());
        parameters.put(direction + "_cbs_bytes", profile == null ? null : profile.cbsBytes());
        parameters.put(direction + "_pir_kbps", profile == null ? null : profile.pirKbps());
        parameters.put(direction + "_pbs_bytes", profile == null ? null : profile.pbsBytes());
        parameters.put(direction + "_gir_kbps", profile == null ? null : profile.girKbps());
    }

    private static BandwidthProfile profile(ResultSet rs, String direction) throws SQLException {
        return new BandwidthProfile(rs.getLong(direction + "_cir_kbps"), rs.getLong(direction + "_cbs_bytes"),
                rs.getLong(direction + "_pir_kbps"), rs.getLong(direction + "_pbs_bytes"),
                rs.getLong(direction + "_gir_kbps"));
    }
}
