package jp.kakehashi.member.api;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jp.kakehashi.member.application.MailLimitReachedException;
import jp.kakehashi.member.application.MemberCredentials;
import jp.kakehashi.member.application.MemberMailConfiguration;
import jp.kakehashi.member.application.PasswordRules;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;

/**
 * A forgotten password over the API: the app asks for the link by address, without signing in, and the member sets
 * the new password on the shop's page the link opens. Any address gets the same answer.
 */
@Path("password-resets")
@Produces(MediaType.APPLICATION_JSON)
public class PasswordResetResource {

    /** {"email": the account's address}. */
    public record PasswordResetRequest(String email, String language) {}

    @Inject
    private MemberCredentials credentials;

    @Inject
    private MemberMailConfiguration mailConfiguration;

    @Context
    private HttpServletRequest request;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirements
    @Operation(
            summary = "Ask for a password link by mail",
            description =
                    "Mails the account's address a one-time link (the shop's reset page) that sets a new password, "
                            + "when the address is a member's. Any address gets the same answer. language: \"ja\" (default) or "
                            + "\"en\", the mail's.")
    @APIResponse(responseCode = "202", description = "Accepted: a member's address gets the link")
    @APIResponse(responseCode = "400", description = "invalid_request: no email, or not an address")
    @APIResponse(
            responseCode = "429",
            description = "mail_limit: too many mails from this source or from the shop; try "
                    + "again after Retry-After seconds")
    public Response requestPasswordReset(PasswordResetRequest body) {
        if (body == null || !PasswordRules.isAcceptableEmail(body.email())) {
            return ApiErrors.error(400, "invalid_request", "email is required, an email address");
        }
        try {
            credentials.requestPasswordReset(body.email(), ApiErrors.locale(body.language()), request.getRemoteAddr());
        } catch (MailLimitReachedException e) {
            return ApiErrors.mailLimit(mailConfiguration);
        }
        return Response.accepted("{}").build();
    }
}
