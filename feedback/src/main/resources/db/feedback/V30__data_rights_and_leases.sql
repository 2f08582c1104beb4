-- Personal tokens of erased testers, kept only as the SHA-256 of the token's SHA-256: a token presented
-- after erasure is recognised (and refused with 410), while nothing here leads to a person or a response.
CREATE TABLE erased_token (
    token_digest     CHAR(64)     PRIMARY KEY,
    erased_at        TIMESTAMP WITH TIME ZONE NOT NULL
);

-- How long a campaign keeps raw free-text answers; without a row they stay until erased.
CREATE TABLE campaign_retention (
    campaign_id          UUID     PRIMARY KEY REFERENCES campaign (id),
    free_text_seconds    BIGINT   NOT NULL CHECK (free_text_seconds > 0)
);

-- Leases for scheduled work that one replica does at a time in the distributed mode.
CREATE TABLE feedback_lease (
    name             VARCHAR(40)  PRIMARY KEY,
    holder           VARCHAR(80),
    held_until       TIMESTAMP WITH TIME ZONE
);

INSERT INTO feedback_lease (name, holder, held_until) VALUES ('free-text-retention', NULL, NULL), ('reminders', NULL, NULL);
