package jp.kakehashi.sandbox.sns.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import jp.kakehashi.sandbox.sns.SnsSandbox;
import jp.kakehashi.sandbox.sns.delivery.DeliveryLogEntry;
import jp.kakehashi.sandbox.sns.delivery.RetryPolicy;
import jp.kakehashi.sandbox.sns.domain.SignatureVersion;
import jp.kakehashi.sandbox.sns.domain.SnsException;
import jp.kakehashi.sandbox.sns.domain.Subscription;
import jp.kakehashi.sandbox.sns.domain.Topic;
import jp.kakehashi.sandbox.sns.drs.DrsNotification;
import jp.kakehashi.sandbox.sns.drs.DrsNotificationPublisher;
import jp.kakehashi.sandbox.sns.drs.DrsNotificationType;

/** The console's SNS page: topics, subscriptions, publishing (raw and DRS "scan box") and the delivery log. */
@Named
@RequestScoped
public class SnsConsole {

    private static final int LOG_ROWS = 100;

    @Inject
    SnsSandbox sns;

    @Inject
    DrsNotificationPublisher drs;

    private String topicName;
    private int topicSignatureVersion = 1;
    private String subscribeTopicArn;
    private String endpoint;
    private String publishTopicArn;
    private String subject;
    private String message;
    private DrsNotificationType drsType = DrsNotificationType.DeviceRegisteredNotification;
    private String serialNumber = "TEST_SERIAL_01";
    private String modelId = "TEST_MODEL_DRS_PREREG_01";
    private String directedCustomerId = "amzn1.account.SANDBOXCUSTOMER01";
    private String lwaClientId = "amzn1.application-oa2-client.sandbox";
    private String slotId = "slot-1";
    private boolean slotSubscribed = true;
    private String instanceId = "amzn1.dash.v2.o.sandbox";
    private String asin = "B00SANDBOX";
    private BigDecimal quantity = BigDecimal.ONE;
    private String unit = "count";
    private String estimatedDeliveryDate;

    public List<Topic> getTopics() {
        return sns.broker().topics();
    }

    public List<Subscription> getSubscriptions() {
        return sns.broker().subscriptions();
    }

    public List<DeliveryLogEntry> getDeliveries() {
        List<DeliveryLogEntry> entries = sns.deliveryLog().entries();
        return entries.subList(0, Math.min(LOG_ROWS, entries.size()));
    }

    public String getSigningCertUrl() {
        return sns.signingCertUrl();
    }

    public String getDrsTopicArn() {
        return sns.drsTopicArn();
    }

    public RetryPolicy getRetryPolicy() {
        return sns.retryPolicy();
    }

    public List<DrsNotificationType> getDrsTypes() {
        return List.of(DrsNotificationType.values());
    }

    public String createTopic() {
        return act(() -> "Topic "
                + sns.broker()
                        .createTopic(topicName, SignatureVersion.of(topicSignatureVersion))
                        .arn() + " saved.");
    }

    public String subscribe() {
        return act(() -> "Subscribed " + endpoint + ": a SubscriptionConfirmation is on its way ("
                + sns.broker()
                        .subscribe(orDrsTopic(subscribeTopicArn), endpoint)
                        .arn() + ").");
    }

    public String unsubscribe(String subscriptionArn) {
        return act(() ->
                "Unsubscribed " + sns.broker().unsubscribe(subscriptionArn).arn() + ".");
    }

    public String publish() {
        return act(
                () -> "Published message " + sns.broker().publish(orDrsTopic(publishTopicArn), subject, message) + ".");
    }

    public String publishDrs() {
        return act(() -> {
            Map<String, Boolean> slots = drsType == DrsNotificationType.SubscriptionChangedNotification
                    ? Map.of(slotId, slotSubscribed)
                    : null;
            DrsNotification.OrderInfo order = drsType.carriesOrderInfo()
                    ? new DrsNotification.OrderInfo(
                            instanceId,
                            slotId,
                            List.of(new DrsNotification.ProductInfo(quantity, unit, asin, estimatedDeliveryDate)))
                    : null;
            DrsNotificationPublisher.Published published =
                    drs.publish(drsType, serialNumber, modelId, directedCustomerId, lwaClientId, slots, order);
            return drsType + " for " + serialNumber + " published as message " + published.messageId() + ".";
        });
    }

    private String orDrsTopic(String topicArn) {
        return topicArn == null || topicArn.isBlank() ? sns.drsTopicArn() : topicArn;
    }

    private static String act(Supplier<String> action) {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            String done = action.get();
            // Answered on this response, not after a redirect: Faces' flash stores a kept message only after Liberty
            // has sent the redirect, so the next page now and then came without it
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, done, null));
            return null;
        } catch (SnsException | IllegalArgumentException e) {
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
            return null;
        }
    }

    public String getTopicName() {
        return topicName;
    }

    public void setTopicName(String topicName) {
        this.topicName = topicName;
    }

    public int getTopicSignatureVersion() {
        return topicSignatureVersion;
    }

    public void setTopicSignatureVersion(int topicSignatureVersion) {
        this.topicSignatureVersion = topicSignatureVersion;
    }

    public String getSubscribeTopicArn() {
        return subscribeTopicArn;
    }

    public void setSubscribeTopicArn(String subscribeTopicArn) {
        this.subscribeTopicArn = subscribeTopicArn;
    }

    public String getEndpoint() {
        return endpoint;
    }

    public void setEndpoint(String endpoint) {
        this.endpoint = endpoint;
    }

    public String getPublishTopicArn() {
        return publishTopicArn;
    }

    public void setPublishTopicArn(String publishTopicArn) {
        this.publishTopicArn = publishTopicArn;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    public DrsNotificationType getDrsType() {
        return drsType;
    }

    public void setDrsType(DrsNotificationType drsType) {
        this.drsType = drsType;
    }

    public String getSerialNumber() {
        return serialNumber;
    }

    public void setSerialNumber(String serialNumber) {
        this.serialNumber = serialNumber;
    }

    public String getModelId() {
        return modelId;
    }

    public void setModelId(String modelId) {
        this.modelId = modelId;
    }

    public String getDirectedCustomerId() {
        return directedCustomerId;
    }

    public void setDirectedCustomerId(String directedCustomerId) {
        this.directedCustomerId = directedCustomerId;
    }

    public String getLwaClientId() {
        return lwaClientId;
    }

    public void setLwaClientId(String lwaClientId) {
        this.lwaClientId = lwaClientId;
    }

    public String getSlotId() {
        return slotId;
    }

    public void setSlotId(String slotId) {
        this.slotId = slotId;
    }

    public boolean isSlotSubscribed() {
        return slotSubscribed;
    }

    public void setSlotSubscribed(boolean slotSubscribed) {
        this.slotSubscribed = slotSubscribed;
    }

    public String getInstanceId() {
        return instanceId;
    }

    public void setInstanceId(String instanceId) {
        this.instanceId = instanceId;
    }

    public String getAsin() {
        return asin;
    }

    public void setAsin(String asin) {
        this.asin = asin;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public void setQuantity(BigDecimal quantity) {
        this.quantity = quantity;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public String getEstimatedDeliveryDate() {
        return estimatedDeliveryDate;
    }

    public void setEstimatedDeliveryDate(String estimatedDeliveryDate) {
        this.estimatedDeliveryDate = estimatedDeliveryDate;
    }
}
