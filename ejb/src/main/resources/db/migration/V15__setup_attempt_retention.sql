-- Setup attempts are pruned by DataRetention (retention.setup-attempts), oldest first, instead of by every setup.
CREATE INDEX ix_device_setup_attempt_time ON device_setup_attempt (attempted_at);
