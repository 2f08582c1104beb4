-- Open calls with their target cities (and the capacity each offers), weighted criteria and jurors.
-- Lists of short tokens (countries, categories) are comma-separated; states are checked by the domain.
CREATE TABLE open_call (
    id                   VARCHAR(60)   PRIMARY KEY,
    owning_city          VARCHAR(40)   NOT NULL REFERENCES city (id),
    title                VARCHAR(200)  NOT NULL,
    description          TEXT          NOT NULL,
    opens_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    opens_zone           VARCHAR(60)   NOT NULL,
    closes_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    closes_zone          VARCHAR(60)   NOT NULL,
    eligible_countries   VARCHAR(800)  NOT NULL,
    eligible_categories  VARCHAR(200)  NOT NULL,
    min_testers          INT           NOT NULL,
    max_testers          INT           NOT NULL,
    max_pilots           INT           NOT NULL,
    state                VARCHAR(20)   NOT NULL,
    version              BIGINT        NOT NULL,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX open_call_state ON open_call (state, opens_at);

CREATE TABLE open_call_city (
    call_id              VARCHAR(60)   NOT NULL REFERENCES open_call (id),
    city_id              VARCHAR(40)   NOT NULL REFERENCES city (id),
    position             INT           NOT NULL,
    max_pilots           INT           NOT NULL,
    downstream_kbps      BIGINT        NOT NULL,
    upstream_kbps        BIGINT        NOT NULL,
    PRIMARY KEY (call_id, city_id)
);

CREATE INDEX open_call_city_city ON open_call_city (city_id);

CREATE TABLE open_call_criterion (
    call_id              VARCHAR(60)   NOT NULL REFERENCES open_call (id),
    position             INT           NOT NULL,
    name                 VARCHAR(100)  NOT NULL,
    weight               INT           NOT NULL,
    PRIMARY KEY (call_id, position)
);

CREATE TABLE open_call_juror (
    call_id              VARCHAR(60)   NOT NULL REFERENCES open_call (id),
    username             VARCHAR(100)  NOT NULL,
    position             INT           NOT NULL,
    PRIMARY KEY (call_id, username)
);
