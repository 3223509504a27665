-- A replay of many dead letters at once (admin): what was asked, by whom, and how far it has got, so that every server
-- of a cluster shows its progress. The messages it moved are named in the audit trail, a batch per entry.
CREATE TABLE dead_letter_replay_job (
    id             BIGINT        NOT NULL,
    queue_name     VARCHAR(100)  NOT NULL,
    selection      VARCHAR(500)  NOT NULL,
    requested_by   VARCHAR(200)  NOT NULL,
    requested_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    total          INTEGER       NOT NULL,
    replayed       INTEGER       NOT NULL,
    gone           INTEGER       NOT NULL,
    state          VARCHAR(20)   NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_dead_letter_replay_job PRIMARY KEY (id)
);
CREATE INDEX ix_dead_letter_replay_job_requested ON dead_letter_replay_job (requested_at);
CREATE SEQUENCE dead_letter_replay_job_seq START WITH 1 INCREMENT BY 50;
