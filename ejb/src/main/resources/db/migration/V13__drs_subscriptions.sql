-- What the customer subscribed each slot of a device to (issue 15): read with SubscriptionInfo after setup and after
-- each SubscriptionChangedNotification (which says only whether each slot is subscribed, not to what).
CREATE TABLE device_slot_subscription (
    device_id    BIGINT        NOT NULL,
    slot_id      VARCHAR(64)   NOT NULL,
    subscribed   BOOLEAN       NOT NULL,
    asin         VARCHAR(20),
    quantity     NUMERIC(14,3),
    unit         VARCHAR(40),
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_device_slot_subscription PRIMARY KEY (device_id, slot_id),
    CONSTRAINT fk_device_slot_subscription_device FOREIGN KEY (device_id) REFERENCES device (id) ON DELETE CASCADE
);

-- Devices whose subscriptions Kakehashi is to read from Amazon: set up just now, or changed since; claimed by one
-- server of a cluster at a time, and kept until a read succeeds.
CREATE TABLE subscription_check_due (
    device_id  BIGINT  NOT NULL,
    due_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_subscription_check_due PRIMARY KEY (device_id),
    CONSTRAINT fk_subscription_check_due_device FOREIGN KEY (device_id) REFERENCES device (id) ON DELETE CASCADE
);
CREATE INDEX ix_subscription_check_due ON subscription_check_due (due_at);

-- The slot a SlotStatus or Replenish call was for: what an admin's retry of a failed call repeats.
ALTER TABLE drs_call ADD COLUMN slot_id VARCHAR(64);

-- The products a model's slot takes (space-separated ASINs, each one of the model's): what admins maintain with the
-- slot, and what the customer chooses from on Amazon.
ALTER TABLE device_model_slot ADD COLUMN asins VARCHAR(1000) DEFAULT '' NOT NULL;
UPDATE device_model_slot SET asins = 'B0KKHCOF01 B0KKHCOF02 B0KKHCOF03'
WHERE model_id = 'KAKEHASHI_COFFEE_01' AND slot_id = 'coffee-beans';
