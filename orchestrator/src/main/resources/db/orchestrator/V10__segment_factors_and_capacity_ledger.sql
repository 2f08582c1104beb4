-- The rest of the FTTH inventory model: ONTs, probe endpoint and admission factors per segment.
ALTER TABLE orchestrator.segment ADD COLUMN ont_count INT DEFAULT 0 NOT NULL;
ALTER TABLE orchestrator.segment ADD COLUMN probe_host VARCHAR(253);
ALTER TABLE orchestrator.segment ADD COLUMN probe_port INT;
ALTER TABLE orchestrator.segment ADD COLUMN headroom DECIMAL(5, 4) DEFAULT 0.1 NOT NULL;
ALTER TABLE orchestrator.segment ADD COLUMN overbooking DECIMAL(6, 4) DEFAULT 2 NOT NULL;

-- The capacity ledger: committed sums per direction on the segment row (so that one conditional
-- UPDATE admits atomically), and one row per service holding a reservation (rates in kbit/s).
ALTER TABLE orchestrator.segment ADD COLUMN committed_down_guaranteed_kbps BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE orchestrator.segment ADD COLUMN committed_down_maximum_kbps BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE orchestrator.segment ADD COLUMN committed_up_guaranteed_kbps BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE orchestrator.segment ADD COLUMN committed_up_maximum_kbps BIGINT DEFAULT 0 NOT NULL;

CREATE TABLE orchestrator.capacity_reservation (
    service_id      VARCHAR(100) PRIMARY KEY,
    segment_id      VARCHAR(80)  NOT NULL REFERENCES orchestrator.segment (id),
    down_cir_kbps   BIGINT       NOT NULL,
    down_cbs_bytes  BIGINT       NOT NULL,
    down_pir_kbps   BIGINT       NOT NULL,
    down_pbs_bytes  BIGINT       NOT NULL,
    down_gir_kbps   BIGINT       NOT NULL,
    up_cir_kbps     BIGINT       NOT NULL,
    up_cbs_bytes    BIGINT       NOT NULL,
    up_pir_kbps     BIGINT       NOT NULL,
    up_pbs_bytes    BIGINT       NOT NULL,
    up_gir_kbps     BIGINT       NOT NULL,
    reserved_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX capacity_reservation_segment ON orchestrator.capacity_reservation (segment_id);
