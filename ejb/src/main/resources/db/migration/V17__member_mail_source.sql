-- Mails a visitor caused are capped per source (member.mail.max-per-source) and shop-wide (member.mail.max-overall)
-- as well as per address. source_hash: SHA-256 of the client address as Liberty's remoteIp resolves it (an IPv6
-- address by its /64), so that no address is kept; null where the source was not known.
ALTER TABLE member_mail_sent ADD COLUMN source_hash VARCHAR(64);
CREATE INDEX ix_member_mail_sent_source ON member_mail_sent (source_hash, sent_at);
CREATE INDEX ix_member_mail_sent_time ON member_mail_sent (sent_at);
