-- TMF641 service orders: what the client sent is kept so that the order reads back as sent.
CREATE TABLE service_order (
    id                        VARCHAR(40)              PRIMARY KEY,
    external_id               VARCHAR(200),
    description               VARCHAR(2000),
    priority                  VARCHAR(20),
    category                  VARCHAR(100),
    state                     VARCHAR(30)              NOT NULL,
    order_date                TIMESTAMP WITH TIME ZONE NOT NULL,
    requested_start_date      TIMESTAMP WITH TIME ZONE,
    requested_completion_date TIMESTAMP WITH TIME ZONE,
    start_date                TIMESTAMP WITH TIME ZONE,
    completion_date           TIMESTAMP WITH TIME ZONE,
    cancellation_date         TIMESTAMP WITH TIME ZONE,
    cancellation_reason       VARCHAR(2000),
    notes                     VARCHAR(100000)          NOT NULL,
    related_parties           VARCHAR(100000)          NOT NULL
);

CREATE INDEX service_order_by_date ON service_order (order_date);
CREATE INDEX service_order_by_external_id ON service_order (external_id);

-- Items in the order the client listed them; profile rates in kbit/s, bursts in bytes.
CREATE TABLE service_order_item (
    order_id          VARCHAR(40)     NOT NULL REFERENCES service_order (id),
    id                VARCHAR(100)    NOT NULL,
    item_position     INT             NOT NULL,
    action            VARCHAR(16)     NOT NULL,
    state             VARCHAR(30)     NOT NULL,
    service_id        VARCHAR(100),
    specification_id  VARCHAR(100),
    city              VARCHAR(40),
    pilot_id          VARCHAR(100),
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
    characteristics   VARCHAR(100000) NOT NULL,
    error_message     VARCHAR(4000),
    PRIMARY KEY (order_id, id)
);

CREATE INDEX service_order_item_by_state ON service_order_item (state);

-- TMF641 cancelServiceOrder requests.
CREATE TABLE cancel_service_order (
    id                VARCHAR(40)              PRIMARY KEY,
    order_id          VARCHAR(40)              NOT NULL REFERENCES service_order (id),
    reason            VARCHAR(2000),
    requested_date    TIMESTAMP WITH TIME ZONE NOT NULL
);

-- TMF641 hub: listeners that want order events posted to their callback.
CREATE TABLE service_order_listener (
    id                VARCHAR(40)              PRIMARY KEY,
    callback          VARCHAR(2000)            NOT NULL,
    event_query       VARCHAR(2000),
    registered        TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Idempotency-Key of creating POSTs: the same caller and key answer with the same order.
CREATE TABLE service_order_request (
    caller            VARCHAR(200)             NOT NULL,
    idempotency_key   VARCHAR(200)             NOT NULL,
    fingerprint       VARCHAR(64)              NOT NULL,
    order_id          VARCHAR(40)              NOT NULL REFERENCES service_order (id),
    received          TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (caller, idempotency_key)
);
