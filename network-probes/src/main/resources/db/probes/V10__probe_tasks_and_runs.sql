-- Measurement tasks an agent was assigned (pScheduler's tasks) and their runs with their states.
CREATE TABLE probe_task (
    id          VARCHAR(100)  PRIMARY KEY,
    agent_id    VARCHAR(63)   NOT NULL,
    segment_id  VARCHAR(80)   NOT NULL,
    service_id  VARCHAR(100),
    tool        VARCHAR(20)   NOT NULL,
    target      VARCHAR(2000) NOT NULL,
    spec        VARCHAR(4000) NOT NULL,
    repeat_every VARCHAR(40),
    slip        VARCHAR(40)   NOT NULL,
    priority    VARCHAR(20)   NOT NULL,
    criteria    VARCHAR(1000),
    first_slot  TIMESTAMP WITH TIME ZONE NOT NULL,
    next_slot   TIMESTAMP WITH TIME ZONE,
    state       VARCHAR(20)   NOT NULL,
    reason      VARCHAR(2000)
);

CREATE INDEX probe_task_by_agent_and_state ON probe_task (agent_id, state);

CREATE TABLE probe_run (
    id           VARCHAR(60)   PRIMARY KEY,
    task_id      VARCHAR(100)  NOT NULL REFERENCES probe_task (id),
    agent_id     VARCHAR(63)   NOT NULL,
    tool         VARCHAR(20)   NOT NULL,
    endpoint     VARCHAR(300)  NOT NULL,
    priority     VARCHAR(20)   NOT NULL,
    exclusive_endpoint BOOLEAN NOT NULL,
    slot         TIMESTAMP WITH TIME ZONE NOT NULL,
    latest_start TIMESTAMP WITH TIME ZONE NOT NULL,
    bound_millis BIGINT        NOT NULL,
    state        VARCHAR(20)   NOT NULL,
    started_at   TIMESTAMP WITH TIME ZONE,
    ended_at     TIMESTAMP WITH TIME ZONE,
    reason       VARCHAR(2000),
    result       VARCHAR(20000)
);

CREATE INDEX probe_run_by_agent_and_state ON probe_run (agent_id, state);
CREATE INDEX probe_run_by_task ON probe_run (task_id, slot);
CREATE INDEX probe_run_by_slot ON probe_run (slot);
