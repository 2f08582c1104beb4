-- The measurement history: one row per run (completed with figures, or failed with its reason).
-- started_ms repeats started_at as epoch milliseconds so that bucketing is integer arithmetic
-- that H2 and PostgreSQL compute alike.
CREATE TABLE measurement (
    run_id            VARCHAR(100)             PRIMARY KEY,
    assignment_id     VARCHAR(100),
    agent_id          VARCHAR(63),
    segment_id        VARCHAR(80)              NOT NULL,
    service_id        VARCHAR(100),
    tool              VARCHAR(20)              NOT NULL,
    started_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    started_ms        BIGINT                   NOT NULL,
    ended_at          TIMESTAMP WITH TIME ZONE,
    failure_reason    VARCHAR(2000),
    rtt_min_ms        DOUBLE PRECISION,
    rtt_mean_ms       DOUBLE PRECISION,
    rtt_median_ms     DOUBLE PRECISION,
    rtt_p95_ms        DOUBLE PRECISION,
    rtt_max_ms        DOUBLE PRECISION,
    jitter_ms         DOUBLE PRECISION,
    loss_ratio        DOUBLE PRECISION,
    throughput_bps    DOUBLE PRECISION,
    sent              INT,
    received          INT
);

CREATE INDEX measurement_by_segment ON measurement (segment_id, started_ms);
CREATE INDEX measurement_by_service ON measurement (service_id, started_ms);
CREATE INDEX measurement_by_start ON measurement (started_ms);
