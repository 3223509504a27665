package jp.kakehashi.sandbox.sns.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jp.kakehashi.sandbox.sns.SnsSandbox;
import jp.kakehashi.sandbox.sns.domain.SnsAddresses;
import jp.kakehashi.sandbox.sns.domain.SnsError;
import jp.kakehashi.sandbox.sns.domain.SnsException;

/**
 * The part of {@code https://sns.<region>.amazonaws.com} an HTTP endpoint talks to: the SubscribeURL
 * ({@code ?Action=ConfirmSubscription&TopicArn=...&Token=...}), the UnsubscribeURL
 * ({@code ?Action=Unsubscribe&SubscriptionArn=...}) and the signing certificate
 * ({@code /SimpleNotificationService-<id>.pem}). Actions also come as a form POST, as in SNS's Query API.
 */
@Path("sns")
public class SnsQueryResource {

    @Inject
    SnsSandbox sns;

    @GET
    @Produces(SnsQueryResponses.XML)
    public Response query(
            @QueryParam("Action") String action,
            @QueryParam("TopicArn") String topicArn,
            @QueryParam("Token") String token,
            @QueryParam("SubscriptionArn") String subscriptionArn) {
        return act(action, topicArn, token, subscriptionArn);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(SnsQueryResponses.XML)
    public Response form(
            @FormParam("Action") String action,
            @FormParam("TopicArn") String topicArn,
            @FormParam("Token") String token,
            @FormParam("SubscriptionArn") String subscriptionArn) {
        return act(action, topicArn, token, subscriptionArn);
    }

    @GET
    @Path("{file}")
    @Produces("application/x-pem-file")
    public Response certificate(@PathParam("file") String file) {
        if (!SnsAddresses.certificateFileName(sns.credentials().certificateId()).equals(file)) {
            return Response.status(Response.Status.NOT_FOUND)
                    .type(MediaType.TEXT_PLAIN)
                    .entity("Not Found")
                    .build();
        }
        return Response.ok(sns.credentials().certificatePem(), "application/x-pem-file")
                .build();
    }

    private Response act(String action, String topicArn, String token, String subscriptionArn) {
        try {
            if ("ConfirmSubscription".equals(action)) {
                return SnsQueryResponses.confirmSubscription(
                        sns.broker().confirm(topicArn, token).arn());
            }
            if ("Unsubscribe".equals(action)) {
                sns.broker().unsubscribe(subscriptionArn);
                return SnsQueryResponses.unsubscribe();
            }
            if (action == null || action.isBlank()) {
                throw new SnsException(SnsError.MISSING_PARAMETER, "The request must contain the parameter Action.");
            }
            throw new SnsException(
                    SnsError.INVALID_ACTION,
                    "The action " + action
                            + " is not valid for this web service (the sandbox answers ConfirmSubscription and Unsubscribe; use its control API for the rest).");
        } catch (SnsException e) {
            return SnsQueryResponses.error(e);
        }
    }
}
