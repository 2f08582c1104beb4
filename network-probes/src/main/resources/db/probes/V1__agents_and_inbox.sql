-- Probe agents that have registered with the test bench.
CREATE TABLE probe_agent (
    id               VARCHAR(63)  PRIMARY KEY,
    segment          VARCHAR(80)  NOT NULL,
    address          VARCHAR(300) NOT NULL,
    software_version VARCHAR(40)  NOT NULL,
    registered_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    last_heartbeat   TIMESTAMP WITH TIME ZONE
);

-- Ids of events the probes have processed (Camel's JDBC idempotent repository).
CREATE TABLE camel_messageprocessed (
    processorName    VARCHAR(255) NOT NULL,
    messageId        VARCHAR(100) NOT NULL,
    createdAt        TIMESTAMP    NOT NULL,
    PRIMARY KEY (processorName, messageId)
);
