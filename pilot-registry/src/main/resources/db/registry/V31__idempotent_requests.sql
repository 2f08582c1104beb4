-- Responses to creating POSTs that carried an Idempotency-Key, replayed when the same caller repeats the key.
CREATE TABLE idempotent_request (
    caller        VARCHAR(200)    NOT NULL,
    request_key   VARCHAR(200)    NOT NULL,
    method        VARCHAR(10)     NOT NULL,
    path          VARCHAR(500)    NOT NULL,
    status        INT             NOT NULL,
    content_type  VARCHAR(200),
    location      VARCHAR(500),
    body          VARCHAR(100000) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (caller, request_key)
);
