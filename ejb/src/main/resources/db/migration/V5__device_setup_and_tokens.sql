-- Devices set up by members (pull, the DRS pre-registration guide) and the Login with Amazon tokens they hold, sealed with AES-GCM.
ALTER TABLE device ADD COLUMN member_id BIGINT;
ALTER TABLE device ADD CONSTRAINT fk_device_member FOREIGN KEY (member_id) REFERENCES member (id);
CREATE INDEX ix_device_member ON device (member_id);

CREATE TABLE device_tokens (
    device_id          BIGINT        NOT NULL,
    sealed_tokens      VARCHAR(8000) NOT NULL,
    key_id             VARCHAR(64)   NOT NULL,
    state              VARCHAR(20)   NOT NULL,
    obtained_by        VARCHAR(30)   NOT NULL,
    refresh_due_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    last_refreshed_at  TIMESTAMP WITH TIME ZONE,
    last_error         VARCHAR(500),
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    version            BIGINT        NOT NULL,
    CONSTRAINT pk_device_tokens PRIMARY KEY (device_id),
    CONSTRAINT fk_device_tokens_device FOREIGN KEY (device_id) REFERENCES device (id)
);
CREATE INDEX ix_device_tokens_due ON device_tokens (state, refresh_due_at);

-- The shop's own DRS device, as its Login with Amazon security profile launched it.
INSERT INTO device_model (model_id, display_name, serial_number_pattern, created_at, updated_at, version)
VALUES ('KAKEHASHI_COFFEE_01', 'かけはしコーヒーメーカー KCF-01', 'KCF01-[0-9]{8}', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0);
INSERT INTO device_model_asin (model_id, asin) VALUES ('KAKEHASHI_COFFEE_01', 'B0KKHCOF01');
INSERT INTO device_model_asin (model_id, asin) VALUES ('KAKEHASHI_COFFEE_01', 'B0KKHCOF02');
INSERT INTO device_model_asin (model_id, asin) VALUES ('KAKEHASHI_COFFEE_01', 'B0KKHCOF03');
