-- What a tester can consent to. A reference table rather than a CHECK (purpose IN (...)): H2 binds
-- the constant list of such a check to the session that created it, and refuses every insert once
-- the migration's connection is closed.
CREATE TABLE consent_purpose (
    name             VARCHAR(20)  PRIMARY KEY
);

INSERT INTO consent_purpose (name) VALUES ('participation'), ('contact'), ('research');

-- Published consent texts: immutable, one row per purpose, version and language.
CREATE TABLE consent_text (
    id               UUID         PRIMARY KEY,
    purpose          VARCHAR(20)  NOT NULL REFERENCES consent_purpose (name),
    version          INT          NOT NULL CHECK (version > 0),
    language         VARCHAR(8)   NOT NULL,
    body             TEXT         NOT NULL,
    published_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT consent_text_purpose_version_language UNIQUE (purpose, version, language)
);

-- Ids of events the feedback module has processed (Camel's JDBC idempotent repository).
CREATE TABLE camel_messageprocessed (
    processorName    VARCHAR(255) NOT NULL,
    messageId        VARCHAR(100) NOT NULL,
    createdAt        TIMESTAMP    NOT NULL,
    PRIMARY KEY (processorName, messageId)
);
