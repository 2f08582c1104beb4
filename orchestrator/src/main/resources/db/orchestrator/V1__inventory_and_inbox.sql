-- PON segments of the FTTH inventory (rates in kbit/s).
CREATE TABLE segment (
    id               VARCHAR(80)  PRIMARY KEY,
    city             VARCHAR(40)  NOT NULL,
    central_office   VARCHAR(80)  NOT NULL,
    olt              VARCHAR(80)  NOT NULL,
    pon_port         VARCHAR(40)  NOT NULL,
    technology       VARCHAR(16)  NOT NULL,
    split_ratio      INT          NOT NULL,
    status           VARCHAR(16)  NOT NULL,
    usable_down_kbps BIGINT       NOT NULL,
    usable_up_kbps   BIGINT       NOT NULL,
    UNIQUE (olt, pon_port)
);

CREATE INDEX segment_city ON segment (city);

-- Ids of events and commands the orchestrator has processed (Camel's JDBC idempotent repository).
CREATE TABLE camel_messageprocessed (
    processorName    VARCHAR(255) NOT NULL,
    messageId        VARCHAR(100) NOT NULL,
    createdAt        TIMESTAMP    NOT NULL,
    PRIMARY KEY (processorName, messageId)
);
