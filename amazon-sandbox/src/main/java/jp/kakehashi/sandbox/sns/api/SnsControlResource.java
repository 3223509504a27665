package jp.kakehashi.sandbox.sns.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import jp.kakehashi.sandbox.sns.SnsSandbox;
import jp.kakehashi.sandbox.sns.delivery.DeliveryLogEntry;
import jp.kakehashi.sandbox.sns.delivery.RetryPolicy;
import jp.kakehashi.sandbox.sns.domain.SignatureVersion;
import jp.kakehashi.sandbox.sns.domain.Subscription;
import jp.kakehashi.sandbox.sns.domain.Topic;
import jp.kakehashi.sandbox.sns.drs.DrsNotification;
import jp.kakehashi.sandbox.sns.drs.DrsNotificationPublisher;
import jp.kakehashi.sandbox.sns.drs.DrsNotificationType;

/** The SNS sandbox's control API for tests and tools: {@code /api/sandbox/sns/...} (see README, "Amazon SNS"). */
@Path("sandbox/sns")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SnsControlResource {

    @Inject
    SnsSandbox sns;

    @Inject
    DrsNotificationPublisher drs;

    public record Overview(String drsTopicArn, String signingCertUrl, PolicyView deliveryPolicy) {}

    public record TopicView(String arn, String name, int signatureVersion) {
        static TopicView of(Topic topic) {
            return new TopicView(
                    topic.arn(),
                    topic.name(),
                    Integer.parseInt(topic.signatureVersion().wireValue()));
        }
    }

    public record SubscriptionView(
            String subscriptionArn,
            String topicArn,
            String protocol,
            String endpoint,
            String status,
            String createdAt) {
        static SubscriptionView of(Subscription s) {
            return new SubscriptionView(
                    s.arn(),
                    s.topicArn(),
                    s.protocol(),
                    s.endpoint(),
                    s.statusLabel(),
                    s.createdAt().toString());
        }
    }

    public record CreateTopic(String name, Integer signatureVersion) {}

    /** {@code deliveryPolicy}, if given, is the subscription's own (SNS's subscription attribute DeliveryPolicy). */
    public record Subscribe(String topicArn, String endpoint, PolicyView deliveryPolicy) {}

    public record Publish(String topicArn, String subject, String message) {}

    public record Published(String messageId, String topicArn, String message) {}

    public record ScanBox(String serialNumber, String modelId, String directedCustomerId, String lwaClientId) {}

    public record DrsPublish(
            String type,
            String serialNumber,
            String modelId,
            String directedCustomerId,
            String lwaClientId,
            Map<String, Boolean> slotsSubscriptionStatus,
            DrsNotification.OrderInfo orderInfo) {}

    public record PolicyView(int maxRetries, String retryDelay, String requestTimeout) {
        static PolicyView of(RetryPolicy policy) {
            return new PolicyView(
                    policy.maxRetries(),
                    policy.retryDelay().toString(),
                    policy.requestTimeout().toString());
        }
    }

    @GET
    public Overview overview() {
        return new Overview(sns.drsTopicArn(), sns.signingCertUrl(), PolicyView.of(sns.retryPolicy()));
    }

    @GET
    @Path("topics")
    public List<TopicView> topics() {
        return sns.broker().topics().stream().map(TopicView::of).toList();
    }

    /** Creates a topic, or changes an existing topic's signature version (1 by default, as SNS). */
    @POST
    @Path("topics")
    public TopicView createTopic(CreateTopic request) {
        require(request, "a topic");
        int version = request.signatureVersion() == null ? 1 : request.signatureVersion();
        return TopicView.of(sns.broker().createTopic(request.name(), SignatureVersion.of(version)));
    }

    @GET
    @Path("subscriptions")
    public List<SubscriptionView> subscriptions(@QueryParam("topicArn") String topicArn) {
        return sns.broker().subscriptions().stream()
                .filter(s -> topicArn == null || s.topicArn().equals(topicArn))
                .map(SubscriptionView::of)
                .toList();
    }

    /** Subscribes an endpoint (to the DRS topic unless another is named); it receives a SubscriptionConfirmation. */
    @POST
    @Path("subscriptions")
    public Response subscribe(Subscribe request) {
        require(request, "a subscription");
        String topicArn =
                request.topicArn() == null || request.topicArn().isBlank() ? sns.drsTopicArn() : request.topicArn();
        RetryPolicy policy = request.deliveryPolicy() == null ? null : policy(request.deliveryPolicy());
        Subscription subscription = sns.broker().subscribe(topicArn, request.endpoint());
        if (policy != null) {
            sns.setRetryPolicy(subscription.arn(), policy);
        }
        return Response.status(Response.Status.CREATED)
                .entity(SubscriptionView.of(subscription))
                .build();
    }

    /** Forgets a subscription without telling its endpoint: clean-up for tests. */
    @DELETE
    @Path("subscriptions/{arn}")
    public Response deleteSubscription(@PathParam("arn") String arn) {
        return sns.deleteSubscription(arn)
                ? Response.noContent().build()
                : Response.status(Response.Status.NOT_FOUND).build();
    }

    @POST
    @Path("publish")
    public Published publish(Publish request) {
        require(request, "a message");
        String topicArn =
                request.topicArn() == null || request.topicArn().isBlank() ? sns.drsTopicArn() : request.topicArn();
        return new Published(
                sns.broker().publish(topicArn, request.subject(), request.message()), topicArn, request.message());
    }

    @POST
    @Path("drs/scan-box")
    public Published scanBox(ScanBox request) {
        require(request, "the device");
        return view(drs.scanBox(
                request.serialNumber(), request.modelId(), request.directedCustomerId(), request.lwaClientId()));
    }

    @POST
    @Path("drs/notifications")
    public Published publishDrs(DrsPublish request) {
        require(request, "a notification");
        return view(drs.publish(
                DrsNotificationType.of(request.type()),
                request.serialNumber(),
                request.modelId(),
                request.directedCustomerId(),
                request.lwaClientId(),
                request.slotsSubscriptionStatus(),
                request.orderInfo()));
    }

    @GET
    @Path("deliveries")
    public List<DeliveryLogEntry> deliveries(
            @QueryParam("messageId") String messageId, @QueryParam("subscriptionArn") String subscriptionArn) {
        return sns.deliveryLog().entries().stream()
                .filter(e -> messageId == null || e.messageId().equals(messageId))
                .filter(e -> subscriptionArn == null || e.subscriptionArn().equals(subscriptionArn))
                .toList();
    }

    @GET
    @Path("delivery-policy")
    public PolicyView deliveryPolicy() {
        return PolicyView.of(sns.retryPolicy());
    }

    /** Changes retries at run time, e.g. {@code {"maxRetries":3,"retryDelay":"PT0.2S","requestTimeout":"PT15S"}}. */
    @PUT
    @Path("delivery-policy")
    public PolicyView setDeliveryPolicy(PolicyView request) {
        require(request, "a delivery policy");
        RetryPolicy policy = policy(request);
        sns.setRetryPolicy(policy);
        return PolicyView.of(policy);
    }

    /** Back to the configured policy. */
    @DELETE
    @Path("delivery-policy")
    public PolicyView resetDeliveryPolicy() {
        return PolicyView.of(sns.resetRetryPolicy());
    }

    private static Published view(DrsNotificationPublisher.Published published) {
        return new Published(
                published.messageId(),
                published.topicArn(),
                published.notification().toJson());
    }

    private static RetryPolicy policy(PolicyView view) {
        return new RetryPolicy(
                view.maxRetries(),
                duration(view.retryDelay(), "retryDelay"),
                duration(view.requestTimeout(), "requestTimeout"));
    }

    private static Duration duration(String text, String name) {
        try {
            return Duration.parse(text);
        } catch (DateTimeParseException | NullPointerException e) {
            throw new IllegalArgumentException(name + " must be an ISO-8601 duration such as PT20S");
        }
    }

    private static void require(Object request, String what) {
        if (request == null) {
            throw new IllegalArgumentException(what + " is required");
        }
    }
}
