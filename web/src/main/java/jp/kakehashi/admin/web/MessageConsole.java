package jp.kakehashi.admin.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import jp.kakehashi.admin.application.AdminActionRefusedException;
import jp.kakehashi.admin.application.ManagedQueue;
import jp.kakehashi.admin.application.QueueAdministration;
import jp.kakehashi.admin.application.QueuedMessageDetail;
import jp.kakehashi.admin.application.QueuedMessageNotFoundException;
import jp.kakehashi.shared.web.Pages;

/** One queued message in full, and the actions on it: replay (from an exception destination) and delete, confirmed. */
@Named
@ViewScoped
public class MessageConsole implements Serializable {

    private static final long serialVersionUID = 1L;

    public enum Action {
        REPLAY,
        DELETE
    }

    @Inject
    private QueueAdministration queues;

    @Inject
    private Administrator administrator;

    private String queue;
    private String id;
    private Action confirming;
    private transient QueuedMessageDetail detail;
    private transient boolean looked;

    public QueuedMessageDetail getDetail() {
        if (!looked) {
            looked = true;
            try {
                detail = queue != null && id != null && ManagedQueue.isManaged(queue)
                        ? queues.message(queue, id).orElse(null)
                        : null;
            } catch (AdminActionRefusedException e) {
                detail = null;
            }
        }
        return detail;
    }

    public List<Map.Entry<String, String>> getProperties() {
        return getDetail() == null
                ? List.of()
                : List.copyOf(getDetail().properties().entrySet());
    }

    public boolean isReplayable() {
        return queue != null && ManagedQueue.ofDeadLetterQueue(queue).isPresent();
    }

    public void requestReplay() {
        confirming = Action.REPLAY;
    }

    public void requestDelete() {
        confirming = Action.DELETE;
    }

    public void cancel() {
        confirming = null;
    }

    public String confirm() {
        Action action = confirming;
        confirming = null;
        try {
            if (action == Action.REPLAY) {
                queues.replay(queue, id, administrator.getName());
                Pages.info("admin.message.replayed");
            } else if (action == Action.DELETE) {
                queues.delete(queue, id, administrator.getName());
                Pages.info("admin.message.deleted");
            } else {
                return null;
            }
        } catch (QueuedMessageNotFoundException e) {
            Pages.error("admin.message.gone");
        } catch (AdminActionRefusedException e) {
            Pages.errorWithDetail("admin.message.refused", e.getMessage());
        }
        return QueueConsole.pageOf(queue);
    }

    public String getQueue() {
        return queue;
    }

    public void setQueue(String queue) {
        this.queue = queue;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Action getConfirming() {
        return confirming;
    }
}
