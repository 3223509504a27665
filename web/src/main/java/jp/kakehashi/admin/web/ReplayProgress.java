package jp.kakehashi.admin.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.kakehashi.admin.application.DeadLetterReplayProgress;
import jp.kakehashi.admin.application.DeadLetterReplays;

/** The page of one bulk replay: how many of the chosen messages are back on their queue. */
@Named
@RequestScoped
public class ReplayProgress {

    @Inject
    private DeadLetterReplays replays;

    private long id;
    private DeadLetterReplayProgress progress;

    public DeadLetterReplayProgress getProgress() {
        if (progress == null && id > 0) {
            progress = replays.progress(id).orElse(null);
        }
        return progress;
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }
}
