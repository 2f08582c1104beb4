-- The registry owns consent texts; feedback keeps only the consents each tester gave (tester_consent).
DROP TABLE consent_text;
DROP TABLE consent_purpose;

-- Questionnaire versions. The title, languages and items of a version are one JSON definition;
-- a row with published_at set is never updated again (the update is conditional on it being null).
CREATE TABLE questionnaire_version (
    questionnaire_id UUID         NOT NULL,
    version          INT          NOT NULL CHECK (version > 0),
    definition       TEXT         NOT NULL,
    published_at     TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (questionnaire_id, version)
);

-- Pilots as announced by pilot.accepted, with the cities whose lab managers run their campaigns.
CREATE TABLE pilot (
    id               VARCHAR(64)  PRIMARY KEY,
    start_date       DATE         NOT NULL,
    end_date         DATE         NOT NULL
);

CREATE TABLE pilot_city (
    pilot_id         VARCHAR(64)  NOT NULL REFERENCES pilot (id),
    city             VARCHAR(64)  NOT NULL,
    PRIMARY KEY (pilot_id, city)
);

-- Testers per enrolment, from enrolment.created / enrolment.withdrawn: pseudonymous, and only the
-- SHA-256 of the personal token.
CREATE TABLE tester (
    enrolment_id     VARCHAR(64)  PRIMARY KEY,
    pseudonym        VARCHAR(64)  NOT NULL,
    pilot_id         VARCHAR(64)  NOT NULL,
    city             VARCHAR(64)  NOT NULL,
    language         VARCHAR(8)   NOT NULL,
    device           VARCHAR(32),
    platform         VARCHAR(32),
    segment_code     VARCHAR(64),
    token_sha256     CHAR(64)     NOT NULL,
    enrolled_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    withdrawn_at     TIMESTAMP WITH TIME ZONE
);

CREATE INDEX tester_by_token ON tester (token_sha256);

-- The consents a tester gave: purpose and the version of the registry's text they read.
CREATE TABLE tester_consent (
    enrolment_id     VARCHAR(64)  NOT NULL REFERENCES tester (enrolment_id),
    purpose          VARCHAR(32)  NOT NULL,
    version          INT          NOT NULL CHECK (version > 0),
    PRIMARY KEY (enrolment_id, purpose)
);

CREATE TABLE campaign (
    id                      UUID         PRIMARY KEY,
    pilot_id                VARCHAR(64)  NOT NULL REFERENCES pilot (id),
    questionnaire_id        UUID         NOT NULL,
    version                 INT          NOT NULL,
    opens_at                TIMESTAMP WITH TIME ZONE NOT NULL,
    closes_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    after_enrolment_seconds BIGINT       NOT NULL CHECK (after_enrolment_seconds >= 0),
    created_by              VARCHAR(100) NOT NULL,
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    FOREIGN KEY (questionnaire_id, version) REFERENCES questionnaire_version (questionnaire_id, version)
);

CREATE INDEX campaign_by_pilot ON campaign (pilot_id);

-- Responses allowed per city, and how many have been taken (a conditional update takes a place).
CREATE TABLE campaign_quota (
    campaign_id      UUID         NOT NULL REFERENCES campaign (id),
    city             VARCHAR(64)  NOT NULL,
    quota            INT          NOT NULL CHECK (quota > 0),
    taken            INT          NOT NULL CHECK (taken >= 0),
    PRIMARY KEY (campaign_id, city),
    CHECK (taken <= quota)
);

-- One response per tester and campaign, with the attributes reports break down by.
CREATE TABLE response (
    id               UUID         PRIMARY KEY,
    campaign_id      UUID         NOT NULL REFERENCES campaign (id),
    pilot_id         VARCHAR(64)  NOT NULL,
    questionnaire_id UUID         NOT NULL,
    version          INT          NOT NULL,
    tester           VARCHAR(64)  NOT NULL,
    language         VARCHAR(8)   NOT NULL,
    city             VARCHAR(64)  NOT NULL,
    device           VARCHAR(32),
    platform         VARCHAR(32),
    segment_code     VARCHAR(64),
    submitted_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT response_once_per_tester UNIQUE (campaign_id, tester)
);

-- kind: whole (whole_value), words (text_value, free text or a single choice), selection (one row
-- per chosen option, in text_value).
CREATE TABLE response_answer (
    response_id      UUID         NOT NULL REFERENCES response (id),
    answer_key       VARCHAR(60)  NOT NULL,
    position         INT          NOT NULL,
    kind             VARCHAR(10)  NOT NULL,
    whole_value      INT,
    text_value       TEXT,
    PRIMARY KEY (response_id, answer_key, position)
);

CREATE TABLE response_score (
    response_id      UUID         NOT NULL REFERENCES response (id),
    score_key        VARCHAR(60)  NOT NULL,
    score            DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (response_id, score_key)
);

CREATE TABLE response_draft (
    campaign_id      UUID         NOT NULL REFERENCES campaign (id),
    tester           VARCHAR(64)  NOT NULL,
    language         VARCHAR(8)   NOT NULL,
    saved_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (campaign_id, tester)
);

CREATE TABLE response_draft_answer (
    campaign_id      UUID         NOT NULL,
    tester           VARCHAR(64)  NOT NULL,
    answer_key       VARCHAR(60)  NOT NULL,
    position         INT          NOT NULL,
    kind             VARCHAR(10)  NOT NULL,
    whole_value      INT,
    text_value       TEXT,
    PRIMARY KEY (campaign_id, tester, answer_key, position),
    FOREIGN KEY (campaign_id, tester) REFERENCES response_draft (campaign_id, tester)
);
