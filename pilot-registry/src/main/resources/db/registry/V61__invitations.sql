-- Invitation batches of a pilot and their single-use invitations. Tokens are stored only as their
-- SHA-256 hashes; the links themselves exist only in the answer that created the batch.
CREATE TABLE invitation_batch (
    id               VARCHAR(60)   PRIMARY KEY,
    pilot_id         VARCHAR(60)   NOT NULL REFERENCES pilot (id),
    language         VARCHAR(8)    NOT NULL,
    size             INT           NOT NULL,
    expires_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by       VARCHAR(200)  NOT NULL,
    idempotency_key  VARCHAR(200),
    revoked_at       TIMESTAMP WITH TIME ZONE,
    UNIQUE (created_by, idempotency_key)
);

CREATE INDEX invitation_batch_pilot ON invitation_batch (pilot_id, created_at);

CREATE TABLE invitation (
    token_hash       CHAR(64)      PRIMARY KEY,
    batch_id         VARCHAR(60)   NOT NULL REFERENCES invitation_batch (id),
    used_at          TIMESTAMP WITH TIME ZONE
);

CREATE INDEX invitation_batch_used ON invitation (batch_id, used_at);
