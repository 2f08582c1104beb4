-- SLA evaluation: acceptance criteria per pilot (from pilot.accepted), services being watched
-- (from service.activated until service.terminated) and the one alarm raised per service.
CREATE TABLE sla_criteria (
    pilot_id          VARCHAR(100)     PRIMARY KEY,
    max_latency_ms    DOUBLE PRECISION,
    max_jitter_ms     DOUBLE PRECISION,
    max_loss_ratio    DOUBLE PRECISION
);

CREATE TABLE sla_service (
    service_id        VARCHAR(100)     PRIMARY KEY,
    pilot_id          VARCHAR(100)     NOT NULL,
    segment_id        VARCHAR(80)      NOT NULL
);

CREATE TABLE sla_alarm (
    service_id        VARCHAR(100)             PRIMARY KEY,
    alarm_id          VARCHAR(100)             NOT NULL UNIQUE,
    segment_id        VARCHAR(80)              NOT NULL,
    indicator         VARCHAR(20)              NOT NULL,
    observed          DOUBLE PRECISION         NOT NULL,
    threshold         DOUBLE PRECISION         NOT NULL,
    raised_at         TIMESTAMP WITH TIME ZONE NOT NULL
);
