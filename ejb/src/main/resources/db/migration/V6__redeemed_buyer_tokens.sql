-- Amazon buyerTokens this shop has redeemed, by SHA-256: each logs in at most once, on any server.
CREATE TABLE redeemed_buyer_token (
    token_hash   VARCHAR(64) NOT NULL,
    redeemed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_redeemed_buyer_token PRIMARY KEY (token_hash)
);
CREATE INDEX ix_redeemed_buyer_token_at ON redeemed_buyer_token (redeemed_at);
