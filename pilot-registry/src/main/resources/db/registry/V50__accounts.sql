-- SME accounts bound to their organisation; e-mail addresses are kept in lower case, so they are unique without letter case.
CREATE TABLE account (
    id               UUID         PRIMARY KEY,
    email            VARCHAR(254) NOT NULL,
    display_name     VARCHAR(200) NOT NULL,
    password_hash    VARCHAR(200) NOT NULL,
    language         VARCHAR(10)  NOT NULL,
    organisation_id  VARCHAR(40)  NOT NULL REFERENCES organisation (id),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    confirmed_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT account_email_unique UNIQUE (email)
);

CREATE INDEX account_by_organisation ON account (organisation_id);

-- Confirmation tokens: only the SHA-256 of each token is stored.
CREATE TABLE confirmation_token (
    token_hash   CHAR(64) PRIMARY KEY,
    account_id   UUID     NOT NULL REFERENCES account (id),
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at      TIMESTAMP WITH TIME ZONE
);

CREATE INDEX confirmation_token_by_account ON confirmation_token (account_id);

-- Mails kept by the outbox sender (single-node mode and tests), shown on /dev/mail instead of being delivered.
CREATE TABLE mail_outbox (
    id          UUID          PRIMARY KEY,
    recipient   VARCHAR(254)  NOT NULL,
    subject     VARCHAR(300)  NOT NULL,
    body        VARCHAR(10000) NOT NULL,
    language    VARCHAR(10)   NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
