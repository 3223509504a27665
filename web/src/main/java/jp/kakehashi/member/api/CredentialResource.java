package jp.kakehashi.member.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import jp.kakehashi.member.application.CredentialChangeRefusedException;
import jp.kakehashi.member.application.MailLimitReachedException;
import jp.kakehashi.member.application.MemberMailConfiguration;
import jp.kakehashi.member.application.PasswordRules;
import jp.kakehashi.member.domain.Member;
import jp.kakehashi.member.security.CredentialSelfService;
import jp.kakehashi.member.web.CurrentMember;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The signed-in member's password and address over the API, with the rules of the account pages: a password changed
 * with the current one (the member's other sessions end), an address changed through a link mailed to the new one.
 * Errors are {@code {"error", "error_description"}} ({@link ApiErrors}).
 */
@Path("members/me")
@Produces(MediaType.APPLICATION_JSON)
public class CredentialResource {

    /** {"currentPassword": omitted by a member without one, "newPassword"}. */
    public record PasswordChangeRequest(String currentPassword, String newPassword, String language) {}

    /** {"newEmail", "currentPassword": omitted by a member without one}. */
    public record EmailChangeRequest(String newEmail, String currentPassword, String language) {}

    @Inject
    private CredentialSelfService selfService;

    @Inject
    private CurrentMember currentMember;

    @Inject
    private MemberMailConfiguration mailConfiguration;

    @POST
    @Path("password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Change the member's password, or set a first one",
            description = "currentPassword is required when the member has a password; a member who signed up with "
                    + "Amazon and has none sets one without it when their address is verified. Every other session of "
                    + "the member ends; the member is mailed a notice. The app's tokens stay valid.")
    @APIResponse(responseCode = "204", description = "Changed")
    @APIResponse(
            responseCode = "400",
            description = "invalid_request (no newPassword) or password_rules (8 to 128 characters)")
    @APIResponse(responseCode = "401", description = "Not signed in as a member")
    @APIResponse(responseCode = "403", description = "wrong_password: the current password is not right")
    @APIResponse(
            responseCode = "409",
            description = "address_proof_required: no password and an unverified address; "
                    + "POST /api/password-resets with it and use the mailed link")
    @APIResponse(
            responseCode = "429",
            description = "throttled: too many wrong passwords; try again after Retry-After seconds")
    public Response changePassword(PasswordChangeRequest body) {
        Optional<Member> member = currentMember.member();
        if (member.isEmpty()) {
            return ApiErrors.unauthorized();
        }
        if (body == null || body.newPassword() == null) {
            return ApiErrors.error(400, "invalid_request", "newPassword is required");
        }
        try {
            selfService.changePassword(
                    member.get(),
                    chars(body.currentPassword()),
                    body.newPassword().toCharArray(),
                    ApiErrors.locale(body.language()));
            return Response.noContent().header("Cache-Control", "no-store").build();
        } catch (CredentialSelfService.ThrottledException e) {
            return ApiErrors.throttled();
        } catch (CredentialChangeRefusedException e) {
            return refused(e);
        }
    }

    @POST
    @Path("email")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Ask to change the member's email address",
            description =
                    "Mails a one-time link to the new address (the shop's confirmation page, whose button makes the "
                            + "change) and tells the current address. currentPassword is required when the member has one. An "
                            + "address that is another member's gets the same answer (its owner is told; nothing changes).")
    @APIResponse(responseCode = "202", description = "Accepted: the link is on its way to the new address")
    @APIResponse(responseCode = "400", description = "invalid_email, same_email, or invalid_request (no newEmail)")
    @APIResponse(responseCode = "401", description = "Not signed in as a member")
    @APIResponse(responseCode = "403", description = "wrong_password: the current password is not right")
    @APIResponse(
            responseCode = "429",
            description =
                    "throttled (too many wrong passwords) or mail_limit; try again after " + "Retry-After seconds")
    public Response requestEmailChange(EmailChangeRequest body) {
        Optional<Member> member = currentMember.member();
        if (member.isEmpty()) {
            return ApiErrors.unauthorized();
        }
        if (body == null || body.newEmail() == null) {
            return ApiErrors.error(400, "invalid_request", "newEmail is required");
        }
        try {
            selfService.requestEmailChange(
                    member.get(), body.newEmail(), chars(body.currentPassword()), ApiErrors.locale(body.language()));
            return Response.accepted("{}").build();
        } catch (CredentialSelfService.ThrottledException e) {
            return ApiErrors.throttled();
        } catch (MailLimitReachedException e) {
            return ApiErrors.mailLimit(mailConfiguration);
        } catch (CredentialChangeRefusedException e) {
            return refused(e);
        }
    }

    private static Response refused(CredentialChangeRefusedException e) {
        return switch (e.reason()) {
            case WRONG_PASSWORD -> ApiErrors.error(403, "wrong_password", "the current password is not right");
            case PASSWORD_RULES ->
                ApiErrors.error(
                        400,
                        "password_rules",
                        "the new password must have " + PasswordRules.MIN_LENGTH + " to " + PasswordRules.MAX_LENGTH
                                + " characters");
            case ADDRESS_PROOF_REQUIRED ->
                ApiErrors.error(
                        409,
                        "address_proof_required",
                        "the email address is not verified: "
                                + "POST /api/password-resets with it and set the password by the mailed link");
            case SAME_EMAIL -> ApiErrors.error(400, "same_email", "this is the member's address already");
            case INVALID_EMAIL -> ApiErrors.error(400, "invalid_email", "not an email address the shop can mail");
        };
    }

    private static char[] chars(String secret) {
        return secret == null ? null : secret.toCharArray();
    }
}
