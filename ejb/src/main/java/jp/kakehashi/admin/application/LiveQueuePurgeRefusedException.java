package jp.kakehashi.admin.application;

/** A purge of an application queue, refused: its messages are still to be processed; only an exception destination's go. */
public class LiveQueuePurgeRefusedException extends AdminActionRefusedException {

    private static final long serialVersionUID = 1L;

    public LiveQueuePurgeRefusedException(String queueName) {
        super(queueName + " is a live queue, whose messages are still to be processed: only an exception destination"
                + " can be purged");
    }
}
