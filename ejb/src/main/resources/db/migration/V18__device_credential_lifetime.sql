-- Device credentials (issue 26): they expire (api.device-credential.lifetime) and keep their last use, for the member
-- to see. Those issued before had no expiry: they get the default lifetime from now, so that no device stops at once.
ALTER TABLE api_token ADD COLUMN last_used_at TIMESTAMP WITH TIME ZONE;
UPDATE api_token SET expires_at = CURRENT_TIMESTAMP + INTERVAL '90' DAY WHERE kind = 'DEVICE' AND expires_at IS NULL;
CREATE INDEX ix_api_token_member ON api_token (member_id);
