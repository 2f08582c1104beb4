-- Apps of organisations with their network requirements (rates in kbit/s); the domain checks the
-- category and the profile's consistency, so there are no CHECK constraints to keep portable.
CREATE TABLE app (
    id                         VARCHAR(36)      PRIMARY KEY,
    organisation_id            VARCHAR(40)      NOT NULL REFERENCES organisation (id),
    name                       VARCHAR(200)     NOT NULL,
    description                VARCHAR(2000)    NOT NULL,
    category                   VARCHAR(20)      NOT NULL,
    platforms                  VARCHAR(500)     NOT NULL,
    languages                  VARCHAR(200)     NOT NULL,
    website                    VARCHAR(300),
    downstream_guaranteed_kbps BIGINT           NOT NULL,
    downstream_maximum_kbps    BIGINT           NOT NULL,
    upstream_guaranteed_kbps   BIGINT           NOT NULL,
    upstream_maximum_kbps      BIGINT           NOT NULL,
    max_latency_ms             INT              NOT NULL,
    max_jitter_ms              INT              NOT NULL,
    max_loss_ratio             DOUBLE PRECISION NOT NULL,
    version                    BIGINT           NOT NULL
);

CREATE INDEX app_by_organisation ON app (organisation_id, name);
