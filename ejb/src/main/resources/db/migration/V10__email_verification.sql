-- A typed e-mail address is proved by a one-time link before it signs in or links (issue 14).
-- Members from before this version keep signing in as they did: Kakehashi had no production release before it, and
-- those members' addresses were accepted then as typed. Every member registered from now on starts unverified, but
-- one whose address Amazon gave (and who kept it) is verified by Amazon.
ALTER TABLE member ADD COLUMN email_verified_at TIMESTAMP WITH TIME ZONE;
UPDATE member SET email_verified_at = created_at;

-- Only a hash of each link's token is kept: a copy of the table opens no account.
CREATE TABLE email_verification (
    token_hash    VARCHAR(64)   NOT NULL,
    member_id     BIGINT        NOT NULL,
    email         VARCHAR(254)  NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_email_verification PRIMARY KEY (token_hash),
    CONSTRAINT fk_email_verification_member FOREIGN KEY (member_id) REFERENCES member (id) ON DELETE CASCADE
);
CREATE INDEX ix_email_verification_member ON email_verification (member_id);

-- Mails the shop sent to an address typed by someone (verification links, "already registered" notices): a cap per
-- address per hour, so that the registration form cannot be used to flood someone's mailbox. The address is hashed.
CREATE TABLE member_mail_sent (
    id              BIGINT       NOT NULL,
    recipient_hash  VARCHAR(64)  NOT NULL,
    kind            VARCHAR(30)  NOT NULL,
    sent_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_member_mail_sent PRIMARY KEY (id)
);
CREATE INDEX ix_member_mail_sent_recipient ON member_mail_sent (recipient_hash, sent_at);
CREATE SEQUENCE member_mail_sent_seq START WITH 1 INCREMENT BY 50;
