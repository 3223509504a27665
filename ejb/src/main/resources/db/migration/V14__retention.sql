-- Retention (issue 17): what each kept row is pruned by, in small batches, oldest first.
CREATE INDEX ix_sns_notification_received ON sns_notification (received_at);
CREATE INDEX ix_device_event_received ON device_event (received_at);
CREATE INDEX ix_drs_call_called ON drs_call (called_at);
