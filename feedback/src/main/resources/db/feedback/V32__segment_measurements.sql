-- What the QoE/QoS view needs of each measurement.completed, per segment; absent figures stay null
-- (a STAMP run has no throughput, a throughput run no RTT).
CREATE TABLE segment_measurement (
    run_id           VARCHAR(64)  PRIMARY KEY,
    segment_id       VARCHAR(64)  NOT NULL,
    tool             VARCHAR(20)  NOT NULL,
    ended_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    rtt_median_ms    DOUBLE PRECISION,
    rtt_p95_ms       DOUBLE PRECISION,
    jitter_ms        DOUBLE PRECISION,
    loss_ratio       DOUBLE PRECISION,
    throughput_mbps  DOUBLE PRECISION
);

CREATE INDEX segment_measurement_by_segment ON segment_measurement (segment_id, ended_at);
