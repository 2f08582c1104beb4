-- The network services the orchestrator runs for each pilot, and the alarms open on them, as the
-- registry has followed them from service and alarm events.
CREATE TABLE network_service (
    service_id       VARCHAR(100) PRIMARY KEY,
    pilot_id         VARCHAR(60)  NOT NULL REFERENCES pilot (id),
    segment_id       VARCHAR(100) NOT NULL,
    state            VARCHAR(20)  NOT NULL,
    first_seen_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX network_service_pilot ON network_service (pilot_id, first_seen_at);

CREATE TABLE network_service_alarm (
    alarm_id         VARCHAR(100)  PRIMARY KEY,
    service_id       VARCHAR(100)  NOT NULL REFERENCES network_service (service_id),
    problem          VARCHAR(1000) NOT NULL,
    raised_at        TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX network_service_alarm_service ON network_service_alarm (service_id);
