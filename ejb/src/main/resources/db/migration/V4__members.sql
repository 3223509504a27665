-- The shop's members. A member may sign in with email and password, with Amazon, or both; amazon_buyer_id is the
-- link key Get Buyer returns (Amazon Pay's Amazon Sign-in guide), unique so that one Amazon account is linked to one member at most.
CREATE TABLE member (
    id                      BIGINT        NOT NULL,
    email                   VARCHAR(254)  NOT NULL,
    password_hash           VARCHAR(500),
    name                    VARCHAR(200)  NOT NULL,
    phone_number            VARCHAR(30),
    recipient_name          VARCHAR(200),
    postal_code             VARCHAR(8),
    prefecture              VARCHAR(20),
    address_line1           VARCHAR(300),
    address_line2           VARCHAR(300),
    address_phone_number    VARCHAR(30),
    billing_recipient_name  VARCHAR(200),
    billing_postal_code     VARCHAR(8),
    billing_prefecture      VARCHAR(20),
    billing_address_line1   VARCHAR(300),
    billing_address_line2   VARCHAR(300),
    billing_phone_number    VARCHAR(30),
    amazon_buyer_id         VARCHAR(128),
    amazon_linked_at        TIMESTAMP WITH TIME ZONE,
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    version                 BIGINT        NOT NULL,
    CONSTRAINT pk_member PRIMARY KEY (id),
    CONSTRAINT uq_member_email UNIQUE (email),
    CONSTRAINT uq_member_amazon_buyer UNIQUE (amazon_buyer_id)
);
CREATE SEQUENCE member_seq START WITH 1 INCREMENT BY 50;
