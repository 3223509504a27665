-- A device belongs to at most one member; a refresh whose answer was lost is remembered, so that one refusal after it
-- does not strand the device; setup attempts are counted per member in the database, for every server of a cluster.
ALTER TABLE device_tokens ADD COLUMN refresh_in_doubt_since TIMESTAMP WITH TIME ZONE;

CREATE TABLE device_setup_attempt (
    id            BIGINT  NOT NULL,
    member_id     BIGINT  NOT NULL,
    attempted_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_device_setup_attempt PRIMARY KEY (id),
    CONSTRAINT fk_device_setup_attempt_member FOREIGN KEY (member_id) REFERENCES member (id)
);
CREATE INDEX ix_device_setup_attempt_member ON device_setup_attempt (member_id, attempted_at);
CREATE SEQUENCE device_setup_attempt_seq START WITH 1 INCREMENT BY 50;

-- A notification for a device Kakehashi does not know yet (SNS does not promise order) waits, parked, for the
-- device's registration, which applies it.
ALTER TABLE parked_notification ADD COLUMN awaiting_model_id VARCHAR(128);
ALTER TABLE parked_notification ADD COLUMN awaiting_serial_number VARCHAR(128);
CREATE INDEX ix_parked_notification_awaiting ON parked_notification (awaiting_model_id, awaiting_serial_number);
