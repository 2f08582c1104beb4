-- Cities of the living-lab network and their living labs.
CREATE TABLE city (
    id               VARCHAR(40)  PRIMARY KEY,
    name             VARCHAR(100) NOT NULL,
    country          CHAR(2)      NOT NULL,
    time_zone        VARCHAR(60)  NOT NULL,
    language         VARCHAR(8)   NOT NULL
);

CREATE TABLE living_lab (
    id               VARCHAR(60)  PRIMARY KEY,
    city_id          VARCHAR(40)  NOT NULL REFERENCES city (id),
    name             VARCHAR(200) NOT NULL,
    website          VARCHAR(300)
);

CREATE INDEX living_lab_city ON living_lab (city_id);

-- Ids of events the registry has processed (Camel's JDBC idempotent repository).
CREATE TABLE camel_messageprocessed (
    processorName    VARCHAR(255) NOT NULL,
    messageId        VARCHAR(100) NOT NULL,
    createdAt        TIMESTAMP    NOT NULL,
    PRIMARY KEY (processorName, messageId)
);
