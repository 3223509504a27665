-- Device models that Kakehashi knows: Dash Replenishment needs the model id, and the DRS pre-registration guide asks makers to keep a
-- serial-number expression per model so that every serial entering the system can be checked.
CREATE TABLE device_model (
    model_id              VARCHAR(128)  NOT NULL,
    display_name          VARCHAR(200)  NOT NULL,
    serial_number_pattern VARCHAR(500)  NOT NULL,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    version               BIGINT        NOT NULL,
    CONSTRAINT pk_device_model PRIMARY KEY (model_id)
);

CREATE TABLE device_model_asin (
    model_id VARCHAR(128) NOT NULL,
    asin     VARCHAR(20)  NOT NULL,
    CONSTRAINT pk_device_model_asin PRIMARY KEY (model_id, asin),
    CONSTRAINT fk_device_model_asin_model FOREIGN KEY (model_id) REFERENCES device_model (model_id) ON DELETE CASCADE
);

-- Every SNS notification taken off the inbound queue, once: the SNS MessageId is the key, so SNS retries and JMS
-- redeliveries never make a second record.
CREATE TABLE sns_notification (
    message_id  VARCHAR(100)  NOT NULL,
    topic_arn   VARCHAR(256)  NOT NULL,
    subject     VARCHAR(100),
    body        TEXT          NOT NULL,
    sent_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    received_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_sns_notification PRIMARY KEY (message_id)
);

-- The DRS pre-registration guide's whitelisted test device model: its serials TEST_SERIAL_01 and TEST_SERIAL_02 exchange for tokens
-- that cannot be used for replenishment.
INSERT INTO device_model (model_id, display_name, serial_number_pattern, created_at, updated_at, version)
VALUES ('TEST_MODEL_DRS_PREREG_01', 'DRS pre-registration test device', 'TEST_SERIAL_[0-9]{2}',
        CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0);
