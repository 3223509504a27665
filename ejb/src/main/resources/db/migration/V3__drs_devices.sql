-- Devices that Amazon told us about (DRS pre-registration) and what happened to them.
CREATE TABLE device (
    id                      BIGINT        NOT NULL,
    model_id                VARCHAR(128)  NOT NULL,
    serial_number           VARCHAR(128)  NOT NULL,
    status                  VARCHAR(20)   NOT NULL,
    directed_customer_id    VARCHAR(128),
    lwa_client_id           VARCHAR(256),
    registered_at           TIMESTAMP WITH TIME ZONE,
    last_notification_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    version                 BIGINT        NOT NULL,
    CONSTRAINT pk_device PRIMARY KEY (id),
    CONSTRAINT uq_device_model_serial UNIQUE (model_id, serial_number),
    CONSTRAINT fk_device_model FOREIGN KEY (model_id) REFERENCES device_model (model_id)
);
CREATE INDEX ix_device_customer ON device (directed_customer_id);
CREATE SEQUENCE device_seq START WITH 1 INCREMENT BY 50;

-- Every DRS notification applied to a device, once: notificationId is Amazon's own de-duplication key.
CREATE TABLE device_event (
    notification_id     VARCHAR(128)  NOT NULL,
    device_id           BIGINT        NOT NULL,
    notification_type   VARCHAR(64)   NOT NULL,
    notification_time   TIMESTAMP WITH TIME ZONE NOT NULL,
    sns_message_id      VARCHAR(100)  NOT NULL,
    payload             VARCHAR(300000) NOT NULL,
    received_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_device_event PRIMARY KEY (notification_id),
    CONSTRAINT fk_device_event_device FOREIGN KEY (device_id) REFERENCES device (id)
);
CREATE INDEX ix_device_event_device ON device_event (device_id, notification_time);

-- Authentic SNS notifications that can never be processed (not a DRS envelope, unknown type, unknown model, a
-- serial that breaks its model's expression): kept for admins instead of being redelivered in vain.
CREATE TABLE parked_notification (
    sns_message_id  VARCHAR(100)  NOT NULL,
    topic_arn       VARCHAR(256)  NOT NULL,
    reason          VARCHAR(500)  NOT NULL,
    parked_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_parked_notification PRIMARY KEY (sns_message_id),
    CONSTRAINT fk_parked_notification FOREIGN KEY (sns_message_id) REFERENCES sns_notification (message_id)
);
