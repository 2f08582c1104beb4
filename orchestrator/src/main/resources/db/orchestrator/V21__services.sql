-- TMF638 service inventory: one service per provisioned order item, with its profile numbers.
CREATE TABLE service (
    id                VARCHAR(100)             PRIMARY KEY,
    order_id          VARCHAR(40),
    item_id           VARCHAR(100),
    pilot_id          VARCHAR(100),
    city              VARCHAR(40),
    segment_id        VARCHAR(80),
    state             VARCHAR(30)              NOT NULL,
    down_cir_kbps     BIGINT,
    down_cbs_bytes    BIGINT,
    down_pir_kbps     BIGINT,
    down_pbs_bytes    BIGINT,
    down_gir_kbps     BIGINT,
    up_cir_kbps       BIGINT,
    up_cbs_bytes      BIGINT,
    up_pir_kbps       BIGINT,
    up_pbs_bytes      BIGINT,
    up_gir_kbps       BIGINT,
    start_date        TIMESTAMP WITH TIME ZONE,
    end_date          TIMESTAMP WITH TIME ZONE
);

CREATE INDEX service_by_pilot ON service (pilot_id);
CREATE INDEX service_by_state ON service (state);
