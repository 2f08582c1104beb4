-- The SME organisation that runs each pilot, from pilot.accepted's organisationId: SMEs read the
-- reports of their own pilots. Pilots announced before this column existed have none, so only
-- administrators and the pilot's lab managers read theirs.
ALTER TABLE pilot ADD COLUMN organisation_id VARCHAR(64);

-- Reports select a pilot's responses, often within a time range.
CREATE INDEX response_by_pilot_and_time ON response (pilot_id, submitted_at);
