-- Outbox messages for queues as well as topics (the probe assignments go to an anycast queue), with
-- the JMS properties their consumers select on, as a JSON object of strings (null when none).
ALTER TABLE outbox_message ADD COLUMN anycast BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE outbox_message ADD COLUMN properties VARCHAR(2000);
