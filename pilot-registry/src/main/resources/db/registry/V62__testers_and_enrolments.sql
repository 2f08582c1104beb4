-- Testers are pseudonyms. What could identify a person lives in tester_contact (the e-mail address)
-- and tester.token_hash (their personal link), both erased on request; enrolments keep the pseudonym.
CREATE TABLE tester (
    id               VARCHAR(60)   PRIMARY KEY,
    token_hash       CHAR(64)      UNIQUE,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    erased_at        TIMESTAMP WITH TIME ZONE
);

CREATE TABLE tester_contact (
    tester_id        VARCHAR(60)   PRIMARY KEY REFERENCES tester (id),
    email            VARCHAR(320)  NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE enrolment (
    id               VARCHAR(60)   PRIMARY KEY,
    pilot_id         VARCHAR(60)   NOT NULL REFERENCES pilot (id),
    tester_id        VARCHAR(60)   NOT NULL REFERENCES tester (id),
    invitation_hash  CHAR(64)      NOT NULL UNIQUE REFERENCES invitation (token_hash),
    city             VARCHAR(40)   NOT NULL,
    language         VARCHAR(8)    NOT NULL,
    device           VARCHAR(20)   NOT NULL,
    platform         VARCHAR(20)   NOT NULL,
    segment_code     VARCHAR(64),
    state            VARCHAR(20)   NOT NULL,
    enrolled_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    withdrawn_at     TIMESTAMP WITH TIME ZONE
);

CREATE INDEX enrolment_pilot ON enrolment (pilot_id, city);
CREATE INDEX enrolment_tester ON enrolment (tester_id);

CREATE TABLE enrolment_consent (
    enrolment_id     VARCHAR(60)   NOT NULL REFERENCES enrolment (id),
    purpose          VARCHAR(20)   NOT NULL,
    version          INT           NOT NULL,
    PRIMARY KEY (enrolment_id, purpose),
    FOREIGN KEY (purpose, version) REFERENCES consent_text (purpose, version)
);
