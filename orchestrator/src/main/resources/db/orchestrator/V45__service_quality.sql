-- Service quality from the probes' qualityOfServiceAlarm events: degraded while an alarm is
-- raised, normal after it cleared. Shown in TMF638 as the operatingStatus characteristic.
CREATE TABLE service_quality (
    service_id        VARCHAR(100)             PRIMARY KEY,
    status            VARCHAR(20)              NOT NULL,
    alarm_id          VARCHAR(100)             NOT NULL,
    indicator         VARCHAR(40),
    observed_value    VARCHAR(40),
    threshold_value   VARCHAR(40),
    since             TIMESTAMP WITH TIME ZONE NOT NULL
);
