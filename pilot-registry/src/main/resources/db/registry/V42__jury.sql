-- Jury work on applications: one score sheet per juror and application (points per criterion by
-- the criterion's position in its call), and conflict-of-interest declarations.
CREATE TABLE jury_score (
    application_id       VARCHAR(36)   NOT NULL REFERENCES call_application (id),
    juror                VARCHAR(100)  NOT NULL,
    comment              VARCHAR(2000) NOT NULL,
    scored_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (application_id, juror)
);

CREATE TABLE jury_point (
    application_id       VARCHAR(36)   NOT NULL,
    juror                VARCHAR(100)  NOT NULL,
    position             INT           NOT NULL,
    points               INT           NOT NULL,
    PRIMARY KEY (application_id, juror, position),
    FOREIGN KEY (application_id, juror) REFERENCES jury_score (application_id, juror)
);

CREATE TABLE jury_conflict (
    application_id       VARCHAR(36)   NOT NULL REFERENCES call_application (id),
    juror                VARCHAR(100)  NOT NULL,
    reason               VARCHAR(1000) NOT NULL,
    declared_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (application_id, juror)
);
