-- What admins did in the console: who, what, on what, when. Rows are only ever added.
CREATE TABLE admin_audit (
    id           BIGINT        NOT NULL,
    actor        VARCHAR(200)  NOT NULL,
    action       VARCHAR(50)   NOT NULL,
    target       VARCHAR(500)  NOT NULL,
    detail       VARCHAR(1000),
    occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_admin_audit PRIMARY KEY (id)
);
CREATE INDEX ix_admin_audit_occurred ON admin_audit (occurred_at);
CREATE SEQUENCE admin_audit_seq START WITH 1 INCREMENT BY 50;
