-- An assignment the agent refuses (unknown tool, options out of range, no target) is kept as a task
-- in state REFUSED with one run ended NONSTART, so that the refusal is listed like any run. Such a
-- task has no spec and may name no target; its run never held an endpoint.
ALTER TABLE probe_task ALTER COLUMN spec DROP NOT NULL;
ALTER TABLE probe_task ALTER COLUMN target DROP NOT NULL;
ALTER TABLE probe_run ALTER COLUMN endpoint DROP NOT NULL;
