-- A campaign's reminders: kind 'before-close' (offset before the campaign closes) or 'after-no-answer'
-- (offset after the campaign opened for the tester).
CREATE TABLE campaign_reminder (
    campaign_id      UUID         NOT NULL REFERENCES campaign (id),
    name             VARCHAR(40)  NOT NULL,
    kind             VARCHAR(20)  NOT NULL,
    offset_seconds   BIGINT       NOT NULL CHECK (offset_seconds > 0),
    PRIMARY KEY (campaign_id, name)
);

-- Who has been reminded by which reminder: the key makes "at most once per reminder" hold across replicas.
-- No foreign key to campaign_reminder: replacing a campaign's reminders keeps who had one of the same name.
CREATE TABLE reminder_sent (
    campaign_id      UUID         NOT NULL,
    name             VARCHAR(40)  NOT NULL,
    tester           VARCHAR(64)  NOT NULL,
    sent_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (campaign_id, name, tester)
);

CREATE INDEX reminder_sent_by_tester ON reminder_sent (tester);
