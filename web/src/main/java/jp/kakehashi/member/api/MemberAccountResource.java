package jp.kakehashi.member.api;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.Optional;
import jp.kakehashi.member.application.InvalidProfileException;
import jp.kakehashi.member.application.MemberAccounts;
import jp.kakehashi.member.application.NoSuchMemberException;
import jp.kakehashi.member.domain.Member;
import jp.kakehashi.member.domain.MemberAccountChanged;
import jp.kakehashi.member.domain.PostalAddress;
import jp.kakehashi.member.domain.Prefecture;
import jp.kakehashi.member.domain.ProfileChange;
import jp.kakehashi.member.security.AccountClosing;
import jp.kakehashi.member.security.DeletionConfirmation;
import jp.kakehashi.member.security.SignInThrottle;
import jp.kakehashi.member.web.CurrentMember;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The signed-in member's own account (issue 29): the profile to read and correct, what the shop holds to download,
 * and deleting the account. A device's credential reaches none of it (DeviceScopeFilter).
 */
@Path("members/me")
@Produces(MediaType.APPLICATION_JSON)
public class MemberAccountResource {

    @Inject
    private CurrentMember currentMember;

    @Inject
    private MemberAccounts accounts;

    @Inject
    private DeletionConfirmation confirmation;

    @Inject
    private AccountClosing accountClosing;

    @Context
    private HttpServletRequest request;

    /** The profile as the member corrects it; prefecture is one of Prefecture's names (TOKYO, OSAKA, ...). */
    public record ProfileRequest(
            String name, String phoneNumber, String postalCode, String prefecture, String line1, String line2) {}

    /** @param password the member's password; not needed by a member without one who signed in a moment ago (session) */
    public record DeletionRequest(String password) {}

    @GET
    @Path("profile")
    @Operation(summary = "The member's name, e-mail, phone and shipping address")
    public Response profile() {
        return Response.ok(profileOf(member())).build();
    }

    @PUT
    @Path("profile")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Correct the member's name, phone and shipping address",
            description = "The registration's rules: name, postalCode (123-4567), prefecture and line1 required; the "
                    + "member is mailed a notice; audited.")
    @APIResponse(responseCode = "200", description = "Saved: the profile as it is now")
    @APIResponse(
            responseCode = "400",
            description = "invalid_profile: problems lists each field and its reason "
                    + "(REQUIRED, TOO_LONG, INVALID); nothing changed")
    public Response changeProfile(ProfileRequest change) {
        Member member = member();
        if (change == null) {
            return error(Response.Status.BAD_REQUEST, "invalid_request", "a JSON body with the profile is required");
        }
        Optional<Prefecture> prefecture =
                Optional.ofNullable(change.prefecture()).flatMap(MemberAccountResource::prefecture);
        if (change.prefecture() != null && !change.prefecture().isBlank() && prefecture.isEmpty()) {
            return invalid(Json.createArrayBuilder().add(problem("prefecture", ProfileChange.Reason.INVALID.name())));
        }
        try {
            Member changed = accounts.changeProfile(
                    member.getId(),
                    new ProfileChange(
                            change.name(),
                            change.phoneNumber(),
                            change.postalCode(),
                            prefecture.orElse(null),
                            change.line1(),
                            change.line2()),
                    MemberAccountChanged.memberActor(member.getId()),
                    locale());
            return Response.ok(profileOf(changed)).build();
        } catch (InvalidProfileException e) {
            JsonArrayBuilder problems = Json.createArrayBuilder();
            e.problems()
                    .forEach(problem -> problems.add(
                            problem(problem.field(), problem.reason().name())));
            return invalid(problems);
        }
    }

    @GET
    @Path("data")
    @Operation(
            summary = "Download what the shop holds about the member (JSON)",
            description =
                    "Profile, addresses, the Amazon link, devices, the app's sign-ins and device credentials (kind "
                            + "and dates only) and recent activity; never a password hash or a token. Audited.")
    public Response data() {
        Member member = member();
        return Response.ok(accounts.export(member.getId(), MemberAccountChanged.memberActor(member.getId())))
                .header("Content-Disposition", "attachment; filename=\"kakehashi-my-data.json\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    @DELETE
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Delete the member's account",
            description = "Confirmed with the password (a member without one: from a session signed in a moment ago). "
                    + "Each device is deregistered at Amazon, then every credential, session and the personal data go; "
                    + "the audit keeps the member's id only.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(
            responseCode = "403",
            description = "wrong_password, or sign_in_again (no password, and no recent sign-in); nothing changed")
    @APIResponse(
            responseCode = "409",
            description = "device_still_registered: a device was set up meanwhile; nothing changed")
    @APIResponse(responseCode = "429", description = "Too many wrong passwords")
    @APIResponse(
            responseCode = "503",
            description = "amazon_unavailable: Amazon could not be told to deregister a device; "
                    + "the account is not deleted, try again later")
    public Response delete(DeletionRequest deletion) {
        Member member = member();
        String password = deletion == null ? null : deletion.password();
        if (password != null && password.length() > 128) {
            return error(Response.Status.BAD_REQUEST, "invalid_request", "password too long");
        }
        switch (confirmation.confirm(member, password == null ? null : password.toCharArray())) {
            case WRONG_PASSWORD -> {
                return error(
                        Response.Status.FORBIDDEN,
                        "wrong_password",
                        "the password is not the member's; nothing changed");
            }
            case SIGN_IN_AGAIN -> {
                return error(
                        Response.Status.FORBIDDEN,
                        "sign_in_again",
                        "the member has no password: sign in with Amazon again and delete from that session");
            }
            case TOO_MANY_ATTEMPTS -> {
                return Response.status(429)
                        .header("Retry-After", SignInThrottle.window().toSeconds())
                        .entity(body("slow_down", "too many wrong passwords; try again later"))
                        .build();
            }
            case CONFIRMED -> {
                // deleted below
            }
        }
        AccountClosing.Result result = accountClosing.closeOwn(member.getId(), locale());
        return switch (result.outcome()) {
            case DELETED, NO_SUCH_MEMBER -> Response.noContent().build();
            case AMAZON_UNAVAILABLE ->
                Response.status(Response.Status.SERVICE_UNAVAILABLE)
                        .header("Retry-After", "60")
                        .entity(body(
                                "amazon_unavailable",
                                "Amazon could not be told to deregister device " + result.modelId() + " "
                                        + result.serialNumber() + "; the account is not deleted, try again later"))
                        .build();
            case DEVICE_STILL_REGISTERED ->
                error(
                        Response.Status.CONFLICT,
                        "device_still_registered",
                        "device " + result.modelId() + " " + result.serialNumber()
                                + " was set up meanwhile; nothing changed, try again");
        };
    }

    private Member member() {
        return currentMember.member().orElseThrow(() -> new NoSuchMemberException(-1));
    }

    private Locale locale() {
        // Without Accept-Language the server's own default would answer: the shop's language is Japanese
        return request.getHeader("Accept-Language") != null
                        && "en".equals(request.getLocale().getLanguage())
                ? Locale.ENGLISH
                : Locale.JAPANESE;
    }

    static JsonObject profileOf(Member member) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("name", member.getName());
        optional(json, "email", member.hasEmail() ? member.getEmail() : null);
        optional(json, "phoneNumber", member.getPhoneNumber());
        PostalAddress address = member.getAddress();
        if (address != null) {
            optional(json, "postalCode", address.getPostalCode());
            optional(
                    json,
                    "prefecture",
                    address.getPrefecture() == null
                            ? null
                            : address.getPrefecture().name());
            optional(json, "line1", address.getLine1());
            optional(json, "line2", address.getLine2());
        }
        return json.build();
    }

    private static void optional(JsonObjectBuilder json, String name, String value) {
        if (value == null) {
            json.addNull(name);
        } else {
            json.add(name, value);
        }
    }

    private static Optional<Prefecture> prefecture(String name) {
        try {
            return Optional.of(Prefecture.valueOf(name.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static JsonObjectBuilder problem(String field, String reason) {
        return Json.createObjectBuilder().add("field", field).add("reason", reason);
    }

    private static Response invalid(JsonArrayBuilder problems) {
        return Response.status(Response.Status.BAD_REQUEST)
                .entity(Json.createObjectBuilder()
                        .add("error", "invalid_profile")
                        .add("error_description", "the profile breaks the registration's rules; nothing changed")
                        .add("problems", problems)
                        .build())
                .build();
    }

    private static Response error(Response.Status status, String error, String description) {
        return Response.status(status).entity(body(error, description)).build();
    }

    private static JsonObject body(String error, String description) {
        return Json.createObjectBuilder()
                .add("error", error)
                .add("error_description", description)
                .build();
    }
}
