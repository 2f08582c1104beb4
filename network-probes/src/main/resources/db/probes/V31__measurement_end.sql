-- The SLA window is a time span: the completed runs of a service that ended within it. ended_ms is
-- the run's end as epoch milliseconds, or its start when the event named no end.
ALTER TABLE measurement ADD COLUMN ended_ms BIGINT;
UPDATE measurement SET ended_ms = COALESCE(CAST(EXTRACT(EPOCH FROM ended_at) * 1000 AS BIGINT), started_ms);
ALTER TABLE measurement ALTER COLUMN ended_ms SET NOT NULL;
CREATE INDEX measurement_by_service_end ON measurement (service_id, ended_ms);
