package jp.kakehashi.admin.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** An admin's replay of many dead letters: what was asked and how far it got, for every server to show. */
@Entity
@Table(name = "dead_letter_replay_job")
public class DeadLetterReplayJob {

    public enum State {
        RUNNING,
        FINISHED,
        FAILED
    }

    public static final int MAX_SELECTION = 500;

    @Id
    @SequenceGenerator(
            name = "dead_letter_replay_job_seq",
            sequenceName = "dead_letter_replay_job_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dead_letter_replay_job_seq")
    private Long id;

    @Column(name = "queue_name", nullable = false, length = 100)
    private String queueName;

    @Column(nullable = false, length = MAX_SELECTION)
    private String selection;

    @Column(name = "requested_by", nullable = false, length = 200)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(nullable = false)
    private int total;

    @Column(nullable = false)
    private int replayed;

    /** Chosen, but no longer on the exception destination when its batch came (replayed or deleted meanwhile). */
    @Column(nullable = false)
    private int gone;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private State state;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    protected DeadLetterReplayJob() {
        // for JPA
    }

    public DeadLetterReplayJob(String queueName, String selection, String requestedBy, int total, Instant now) {
        this.queueName = Objects.requireNonNull(queueName, "queueName");
        this.selection = AuditEntry.truncate(selection, MAX_SELECTION);
        this.requestedBy = AuditEntry.truncate(requestedBy, 200);
        this.total = total;
        this.state = total == 0 ? State.FINISHED : State.RUNNING;
        this.requestedAt = now;
        this.updatedAt = now;
        this.finishedAt = total == 0 ? now : null;
    }

    public void batchDone(int replayedInBatch, int goneInBatch, Instant now) {
        this.replayed += replayedInBatch;
        this.gone += goneInBatch;
        this.updatedAt = now;
    }

    public void finish(State outcome, Instant now) {
        this.state = outcome;
        this.updatedAt = now;
        this.finishedAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getQueueName() {
        return queueName;
    }

    public String getSelection() {
        return selection;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public int getTotal() {
        return total;
    }

    public int getReplayed() {
        return replayed;
    }

    public int getGone() {
        return gone;
    }

    public State getState() {
        return state;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }
}
