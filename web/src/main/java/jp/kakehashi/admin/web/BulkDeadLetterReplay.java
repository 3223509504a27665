package jp.kakehashi.admin.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jp.kakehashi.admin.application.AdminActionRefusedException;
import jp.kakehashi.admin.application.DeadLetterReplayProgress;
import jp.kakehashi.admin.application.DeadLetterReplays;
import jp.kakehashi.admin.application.DeadLetterSelection;
import jp.kakehashi.admin.application.ManagedQueue;
import jp.kakehashi.drs.domain.DrsNotificationType;
import jp.kakehashi.shared.web.Pages;

/**
 * Replaying many dead letters of the queue on show (QueueConsole): the ticked ones, or all that match a filter. The
 * admin first sees how many the choice takes, then confirms; the replay runs in the background and its page shows how
 * far it got.
 */
@Named
@ViewScoped
public class BulkDeadLetterReplay implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The filter's times are typed as the shop's admins read them, in Japan. */
    private static final ZoneId SHOP_TIME_ZONE = ZoneId.of("Asia/Tokyo");

    @Inject
    private DeadLetterReplays replays;

    @Inject
    private QueueConsole queueConsole;

    @Inject
    private Administrator administrator;

    private final Map<String, Boolean> chosen = new HashMap<>();
    private String drsType;
    private String serialNumber;
    private String putFrom;
    private String putTo;
    private DeadLetterSelection pending;
    private int pendingCount;

    public boolean isOffered() {
        return queueConsole.isPurgeable();
    }

    public List<String> getDrsTypes() {
        return Arrays.stream(DrsNotificationType.values())
                .map(DrsNotificationType::wireName)
                .toList();
    }

    public void reviewChosen() {
        Set<String> ids = chosen.entrySet().stream()
                .filter(Map.Entry::getValue)
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        if (ids.isEmpty()) {
            Pages.error("admin.replay.none-chosen");
            return;
        }
        review(() -> DeadLetterSelection.ofIds(ids));
    }

    public void reviewFilter() {
        review(() -> new DeadLetterSelection(Set.of(), drsType, serialNumber, instantOf(putFrom), instantOf(putTo)));
    }

    private void review(java.util.function.Supplier<DeadLetterSelection> selection) {
        try {
            pending = selection.get();
            pendingCount = replays.count(queueConsole.getName(), pending);
        } catch (DateTimeParseException e) {
            pending = null;
            Pages.error("admin.replay.bad-time");
        } catch (AdminActionRefusedException e) {
            pending = null;
            Pages.errorWithDetail("admin.message.refused", e.getMessage());
        }
    }

    public String confirm() {
        if (pending == null || !isOffered()) {
            return null;
        }
        DeadLetterSelection selection = pending;
        pending = null;
        DeadLetterReplayProgress started = replays.start(queueConsole.getName(), selection, administrator.getName());
        return "/admin/replay?faces-redirect=true&id=" + started.id();
    }

    public void cancel() {
        pending = null;
    }

    private static Instant instantOf(String localDateTime) {
        return localDateTime == null || localDateTime.isBlank()
                ? null
                : LocalDateTime.parse(localDateTime.strip())
                        .atZone(SHOP_TIME_ZONE)
                        .toInstant();
    }

    public boolean isConfirming() {
        return pending != null;
    }

    public int getPendingCount() {
        return pendingCount;
    }

    public Map<String, Boolean> getChosen() {
        return chosen;
    }

    public String getDrsType() {
        return drsType;
    }

    public void setDrsType(String drsType) {
        this.drsType = drsType;
    }

    public String getSerialNumber() {
        return serialNumber;
    }

    public void setSerialNumber(String serialNumber) {
        this.serialNumber = serialNumber;
    }

    public String getPutFrom() {
        return putFrom;
    }

    public void setPutFrom(String putFrom) {
        this.putFrom = putFrom;
    }

    public String getPutTo() {
        return putTo;
    }

    public void setPutTo(String putTo) {
        this.putTo = putTo;
    }

    /** The queue whose exception destination is on show, for the confirmation's text. */
    public String getTargetQueue() {
        return ManagedQueue.ofDeadLetterQueue(queueConsole.getName())
                .map(ManagedQueue::queueName)
                .orElse("");
    }
}
