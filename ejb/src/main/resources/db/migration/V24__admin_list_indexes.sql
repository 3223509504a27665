-- Admin lists page by keyset (issue 29): each page continues after the last row's (time, key) instead of skipping rows,
-- newest first. These indexes, in the lists' order, make every page one index range scan however deep it is; a list
-- narrowed by a state, a model or an action has one led by that column. Free-text filters still read rows until a page
-- is full.
CREATE INDEX ix_device_status_id ON device (status, id DESC);
CREATE INDEX ix_device_model_id ON device (model_id, id DESC);
CREATE INDEX ix_member_created_id ON member (created_at DESC, id DESC);
CREATE INDEX ix_admin_audit_occurred_id ON admin_audit (occurred_at DESC, id DESC);
CREATE INDEX ix_admin_audit_action_occurred_id ON admin_audit (action, occurred_at DESC, id DESC);
CREATE INDEX ix_sns_notification_received_id ON sns_notification (received_at DESC, message_id DESC);
CREATE INDEX ix_parked_notification_parked_id ON parked_notification (parked_at DESC, sns_message_id DESC);
CREATE INDEX ix_drs_call_called_id ON drs_call (called_at DESC, id DESC);
CREATE INDEX ix_drs_call_device_called_id ON drs_call (device_id, called_at DESC, id DESC);
