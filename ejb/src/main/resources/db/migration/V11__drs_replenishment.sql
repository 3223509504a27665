-- Dash Replenishment put to work (issue 15): each model's slots, what devices report of them, the orders Replenish
-- placed and every call made to the DRS service.

-- A model's slots as launched with Amazon, with the level (percent of a full container) at which Kakehashi reorders.
CREATE TABLE device_model_slot (
    model_id               VARCHAR(128)  NOT NULL,
    slot_id                VARCHAR(64)   NOT NULL,
    display_name           VARCHAR(200)  NOT NULL,
    low_threshold_percent  INTEGER       NOT NULL,
    CONSTRAINT pk_device_model_slot PRIMARY KEY (model_id, slot_id),
    CONSTRAINT fk_device_model_slot_model FOREIGN KEY (model_id) REFERENCES device_model (model_id) ON DELETE CASCADE,
    CONSTRAINT ck_device_model_slot_threshold CHECK (low_threshold_percent BETWEEN 0 AND 100)
);
INSERT INTO device_model_slot (model_id, slot_id, display_name, low_threshold_percent)
VALUES ('KAKEHASHI_COFFEE_01', 'coffee-beans', 'コーヒー豆', 20);
INSERT INTO device_model_slot (model_id, slot_id, display_name, low_threshold_percent)
VALUES ('TEST_MODEL_DRS_PREREG_01', 'test-slot', 'Test slot', 20);

-- The latest level a device reported for a slot.
CREATE TABLE device_slot (
    device_id     BIGINT         NOT NULL,
    slot_id       VARCHAR(64)    NOT NULL,
    remaining     NUMERIC(14,3)  NOT NULL,
    original      NUMERIC(14,3)  NOT NULL,
    reported_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    version       BIGINT         NOT NULL,
    CONSTRAINT pk_device_slot PRIMARY KEY (device_id, slot_id),
    CONSTRAINT fk_device_slot_device FOREIGN KEY (device_id) REFERENCES device (id) ON DELETE CASCADE
);

-- An order for a device's slot, from Kakehashi's request (REQUESTED, IN_DOUBT when the answer was lost) through Amazon's
-- answer and notifications (PLACED, SHIPPED, DELIVERED, CANCELLED) or a refusal (FAILED). At most one open order per
-- slot: Kakehashi asks Amazon for no second one while one is open.
CREATE TABLE drs_order (
    id                  BIGINT        NOT NULL,
    device_id           BIGINT        NOT NULL,
    slot_id             VARCHAR(64)   NOT NULL,
    event_instance_id   VARCHAR(255),
    state               VARCHAR(20)   NOT NULL,
    detail_code         VARCHAR(40),
    asin                VARCHAR(20),
    expected_delivery   VARCHAR(40),
    requested_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    version             BIGINT        NOT NULL,
    CONSTRAINT pk_drs_order PRIMARY KEY (id),
    CONSTRAINT uq_drs_order_event UNIQUE (event_instance_id),
    CONSTRAINT fk_drs_order_device FOREIGN KEY (device_id) REFERENCES device (id) ON DELETE CASCADE
);
CREATE INDEX ix_drs_order_device ON drs_order (device_id, slot_id, state);
CREATE SEQUENCE drs_order_seq START WITH 1 INCREMENT BY 50;

-- Every call to the DRS service: what admins see per device.
CREATE TABLE drs_call (
    id            BIGINT        NOT NULL,
    device_id     BIGINT        NOT NULL,
    endpoint      VARCHAR(40)   NOT NULL,
    http_status   INTEGER,
    request_id    VARCHAR(100),
    outcome       VARCHAR(200)  NOT NULL,
    called_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    duration_ms   BIGINT        NOT NULL,
    CONSTRAINT pk_drs_call PRIMARY KEY (id),
    CONSTRAINT fk_drs_call_device FOREIGN KEY (device_id) REFERENCES device (id) ON DELETE CASCADE
);
CREATE INDEX ix_drs_call_device ON drs_call (device_id, called_at);
CREATE SEQUENCE drs_call_seq START WITH 1 INCREMENT BY 50;

-- When each set-up device next reports its daily DeviceStatus: spread over the interval, so that a thousand devices
-- set up at once do not all call Amazon in the same minute; claimed by one server of a cluster at a time.
CREATE TABLE device_status_due (
    device_id   BIGINT  NOT NULL,
    due_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_device_status_due PRIMARY KEY (device_id),
    CONSTRAINT fk_device_status_due_device FOREIGN KEY (device_id) REFERENCES device (id) ON DELETE CASCADE
);
CREATE INDEX ix_device_status_due ON device_status_due (due_at);
