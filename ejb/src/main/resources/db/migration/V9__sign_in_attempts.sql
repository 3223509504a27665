-- Password attempts, counted in the database so that every server of a cluster sees the same ones. Each attempt is
-- recorded before its password is checked, and forgotten when the password was right. No e-mail address is kept:
-- pair_key is a hash of the account with the (grouped) address.
CREATE TABLE sign_in_attempt (
    id            BIGINT        NOT NULL,
    pair_key      VARCHAR(200)  NOT NULL,
    address_key   VARCHAR(100)  NOT NULL,
    attempted_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_sign_in_attempt PRIMARY KEY (id)
);
CREATE INDEX ix_sign_in_attempt_pair ON sign_in_attempt (pair_key, attempted_at);
CREATE INDEX ix_sign_in_attempt_address ON sign_in_attempt (address_key, attempted_at);
CREATE INDEX ix_sign_in_attempt_time ON sign_in_attempt (attempted_at);
CREATE SEQUENCE sign_in_attempt_seq START WITH 1 INCREMENT BY 50;
