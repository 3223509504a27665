package jp.kakehashi.admin.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import jp.kakehashi.admin.application.LiveQueuePurgeRefusedException;
import jp.kakehashi.admin.application.ManagedQueue;
import jp.kakehashi.admin.application.QueueAdministration;
import jp.kakehashi.admin.application.QueueStatus;
import jp.kakehashi.admin.application.QueuedMessageSummary;
import jp.kakehashi.shared.web.Pages;

/** The queues page: every queue with its engine's numbers; one queue's messages a page at a time; purge, confirmed. */
@Named
@ViewScoped
public class QueueConsole implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 20;

    @Inject
    private QueueAdministration queues;

    @Inject
    private Administrator administrator;

    private String name;
    private int page;
    private boolean confirmingPurge;
    private transient List<QueuedMessageSummary> messages;

    public List<QueueStatus> getQueues() {
        return queues.queues();
    }

    public boolean isQueueSelected() {
        return name != null && ManagedQueue.isManaged(name);
    }

    public QueueStatus getSelected() {
        return isQueueSelected() ? queues.queue(name) : null;
    }

    public List<QueuedMessageSummary> getMessages() {
        if (messages == null) {
            messages = isQueueSelected() ? queues.messages(name, page * PAGE_SIZE, PAGE_SIZE + 1) : List.of();
        }
        return messages.size() > PAGE_SIZE ? messages.subList(0, PAGE_SIZE) : messages;
    }

    public boolean isHasNextPage() {
        getMessages();
        return messages.size() > PAGE_SIZE;
    }

    public boolean isHasPreviousPage() {
        return page > 0;
    }

    /** Only an exception destination is offered a purge: the live queue's messages are still to be processed. */
    public boolean isPurgeable() {
        return isQueueSelected() && ManagedQueue.ofDeadLetterQueue(name).isPresent();
    }

    public void requestPurge() {
        confirmingPurge = isPurgeable();
    }

    public void cancel() {
        confirmingPurge = false;
    }

    public String purge() {
        if (!isQueueSelected()) {
            Pages.error("admin.queues.unknown");
            return null;
        }
        confirmingPurge = false;
        try {
            int purged = queues.purge(name, administrator.getName());
            Pages.infoWithDetail("admin.queues.purged", purged);
        } catch (LiveQueuePurgeRefusedException e) {
            Pages.error("admin.queues.purge-live-refused");
            return null;
        }
        return QueueConsole.pageOf(name);
    }

    /**
     * The outcome of a queue's page. Only our queue names go into it: an outcome is evaluated by Faces, so text from
     * the browser must never reach one.
     */
    static String pageOf(String queueName) {
        return ManagedQueue.isManaged(queueName)
                ? "/admin/queues?faces-redirect=true&name=" + queueName
                : "/admin/queues?faces-redirect=true";
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = Math.max(0, page);
    }

    public boolean isConfirmingPurge() {
        return confirmingPurge;
    }
}
