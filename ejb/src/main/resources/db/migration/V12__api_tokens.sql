-- Credentials for the companion app and devices (issue 15): the app signs in once and gets a short-lived access token
-- and a refresh token that rotates on use; a device gets a credential of its own, scoped to it. Only hashes are kept.
CREATE TABLE api_token (
    token_hash   VARCHAR(64)   NOT NULL,
    member_id    BIGINT        NOT NULL,
    kind         VARCHAR(10)   NOT NULL,
    family       VARCHAR(64)   NOT NULL,
    scope        VARCHAR(300),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE,
    revoked_at   TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_api_token PRIMARY KEY (token_hash),
    CONSTRAINT fk_api_token_member FOREIGN KEY (member_id) REFERENCES member (id) ON DELETE CASCADE
);
CREATE INDEX ix_api_token_family ON api_token (family);
CREATE INDEX ix_api_token_scope ON api_token (scope);
CREATE INDEX ix_api_token_expiry ON api_token (expires_at);
