-- Shopper credential self-service (issue 29): a forgotten password's mailed link, and a change of address confirmed by
-- a link mailed to the new address. Only a hash of each link's token is kept: a copy of the table opens no account.
-- A used link stays (used_at) until it expires, so that opening it again says "used" rather than "unknown"; expired
-- rows are deleted as new links are issued (CredentialLinks), and every row goes with its member.
CREATE TABLE member_password_reset (
    token_hash    VARCHAR(64)   NOT NULL,
    member_id     BIGINT        NOT NULL,
    email         VARCHAR(254)  NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at       TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_member_password_reset PRIMARY KEY (token_hash),
    CONSTRAINT fk_member_password_reset_member FOREIGN KEY (member_id) REFERENCES member (id) ON DELETE CASCADE
);
CREATE INDEX ix_member_password_reset_member ON member_password_reset (member_id);
CREATE INDEX ix_member_password_reset_expires ON member_password_reset (expires_at);

CREATE TABLE member_email_change (
    token_hash    VARCHAR(64)   NOT NULL,
    member_id     BIGINT        NOT NULL,
    old_email     VARCHAR(254)  NOT NULL,
    new_email     VARCHAR(254)  NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at       TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_member_email_change PRIMARY KEY (token_hash),
    CONSTRAINT fk_member_email_change_member FOREIGN KEY (member_id) REFERENCES member (id) ON DELETE CASCADE
);
CREATE INDEX ix_member_email_change_member ON member_email_change (member_id);
CREATE INDEX ix_member_email_change_expires ON member_email_change (expires_at);
