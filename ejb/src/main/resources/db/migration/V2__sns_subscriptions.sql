-- The SNS topics this endpoint is subscribed to, as SNS told us: one row per topic, kept for admins.
CREATE TABLE sns_subscription (
    topic_arn         VARCHAR(256)  NOT NULL,
    status            VARCHAR(20)   NOT NULL,
    subscribe_url     VARCHAR(2048),
    subscription_arn  VARCHAR(512),
    last_message_id   VARCHAR(100)  NOT NULL,
    last_error        VARCHAR(500),
    requested_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    confirmed_at      TIMESTAMP WITH TIME ZONE,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    version           BIGINT        NOT NULL,
    CONSTRAINT pk_sns_subscription PRIMARY KEY (topic_arn)
);
