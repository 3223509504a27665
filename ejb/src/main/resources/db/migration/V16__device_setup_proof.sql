-- A device is set up by pre-registration only for the customer Amazon registered it to (docs/design.md): each attempt
-- records where it came from, for which model, and whether it proved the customer, so that guessing serials across
-- accounts is limited per source address and per model, and counted on the admin dashboard.
ALTER TABLE device_setup_attempt ADD COLUMN source_address VARCHAR(64);
ALTER TABLE device_setup_attempt ADD COLUMN model_id VARCHAR(128);
ALTER TABLE device_setup_attempt ADD COLUMN proven BOOLEAN DEFAULT TRUE NOT NULL;
CREATE INDEX ix_device_setup_attempt_source ON device_setup_attempt (source_address, attempted_at);
CREATE INDEX ix_device_setup_attempt_model ON device_setup_attempt (model_id, proven, attempted_at);
