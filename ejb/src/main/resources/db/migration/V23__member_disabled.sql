-- Admins disable a member (issue 29): a disabled member signs in nowhere (password, Amazon, the app) until enabled.
-- Null: enabled.
ALTER TABLE member ADD COLUMN disabled_at TIMESTAMP WITH TIME ZONE;
