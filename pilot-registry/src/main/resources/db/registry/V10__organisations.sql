-- Organisations that register apps; version guards concurrent updates (If-Match).
CREATE TABLE organisation (
    id               VARCHAR(40)  PRIMARY KEY,
    name             VARCHAR(200) NOT NULL,
    country          CHAR(2)      NOT NULL,
    vat_id           VARCHAR(20)  NOT NULL,
    contact_email    VARCHAR(254) NOT NULL,
    version          BIGINT       NOT NULL
);

CREATE INDEX organisation_by_name ON organisation (name);
