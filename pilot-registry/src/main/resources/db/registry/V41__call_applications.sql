-- Applications to open calls: one per app and call, withdrawn ones included.
CREATE TABLE call_application (
    id                   VARCHAR(36)   PRIMARY KEY,
    call_id              VARCHAR(60)   NOT NULL REFERENCES open_call (id),
    app_id               VARCHAR(36)   NOT NULL REFERENCES app (id),
    organisation_id      VARCHAR(40)   NOT NULL REFERENCES organisation (id),
    planned_testers      INT           NOT NULL,
    start_date           DATE          NOT NULL,
    end_date             DATE          NOT NULL,
    state                VARCHAR(20)   NOT NULL,
    submitted_by         VARCHAR(100)  NOT NULL,
    submitted_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    pilot_id             VARCHAR(60),
    version              BIGINT        NOT NULL,
    CONSTRAINT call_application_once UNIQUE (call_id, app_id)
);

CREATE INDEX call_application_organisation ON call_application (organisation_id);

CREATE TABLE call_application_city (
    application_id       VARCHAR(36)   NOT NULL REFERENCES call_application (id),
    city_id              VARCHAR(40)   NOT NULL,
    position             INT           NOT NULL,
    PRIMARY KEY (application_id, city_id)
);
