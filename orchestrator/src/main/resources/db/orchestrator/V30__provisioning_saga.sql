-- One provisioning saga per order item: where it stands, who runs it, and what went wrong.
CREATE TABLE provisioning_saga (
    order_id          VARCHAR(80)              NOT NULL,
    item_id           VARCHAR(100)             NOT NULL,
    service_id        VARCHAR(200)             NOT NULL,
    action            VARCHAR(16)              NOT NULL,
    step              VARCHAR(32)              NOT NULL,
    status            VARCHAR(16)              NOT NULL,
    attempts          INT                      NOT NULL,
    cancel_requested  BOOLEAN                  NOT NULL,
    claimed_by        VARCHAR(80),
    claimed_until     TIMESTAMP WITH TIME ZONE, -- the current run's deadline; past it another runner may take over
    last_error        VARCHAR(4000),
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (order_id, item_id)
);

CREATE INDEX provisioning_saga_by_status ON provisioning_saga (status, updated_at);

-- Leases for work that one replica does at a time (the resume sweep).
CREATE TABLE provisioning_lease (
    name        VARCHAR(40)              PRIMARY KEY,
    holder      VARCHAR(80),
    held_until  TIMESTAMP WITH TIME ZONE
);

INSERT INTO provisioning_lease (name, holder, held_until) VALUES ('resume', NULL, NULL);

-- The simulated OLT's configuration: one T-CONT (alloc-id) and GEM port per service and segment.
CREATE TABLE simulated_olt_service (
    segment_id            VARCHAR(80)              NOT NULL,
    service_id            VARCHAR(200)             NOT NULL,
    alloc_id              INT                      NOT NULL,
    gem_port              INT                      NOT NULL,
    tcont_type            VARCHAR(32)              NOT NULL,
    down_guaranteed_kbps  BIGINT                   NOT NULL,
    down_maximum_kbps     BIGINT                   NOT NULL,
    up_guaranteed_kbps    BIGINT                   NOT NULL,
    up_maximum_kbps       BIGINT                   NOT NULL,
    configured_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (segment_id, service_id),
    UNIQUE (segment_id, alloc_id)
);
