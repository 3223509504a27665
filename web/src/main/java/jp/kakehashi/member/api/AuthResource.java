package jp.kakehashi.member.api;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import jp.kakehashi.member.application.ApiTokens;
import jp.kakehashi.member.application.MemberService;
import jp.kakehashi.member.domain.Member;
import jp.kakehashi.member.security.SignInThrottle;
import jp.kakehashi.member.web.CurrentMember;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;

/**
 * The companion app's sign-in, in the shape of OAuth 2's token endpoint (RFC 6749 section 4.3 and 6, RFC 7009 for
 * revocation): the member's password once, then short-lived access tokens renewed by refresh tokens that are spent
 * on use. Forms only (a cross-site form could post one, but learns nothing: the answer is not readable cross-site and
 * the password must be right).
 */
@Path("auth")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirements
public class AuthResource {

    @Inject
    private MemberService members;

    @Inject
    private ApiTokens tokens;

    @Inject
    private SignInThrottle throttle;

    @Context
    private HttpServletRequest request;

    @POST
    @Path("token")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(
            summary = "Sign the app in, or renew its access token",
            description =
                    "grant_type=password with username (the member's email) and password, or grant_type=refresh_token "
                            + "with refresh_token. Answers access_token (Bearer, expires_in seconds) and a new refresh_token; the "
                            + "refresh token given is spent, and presenting a spent one again ends the whole sign-in.")
    @APIResponse(responseCode = "200", description = "Tokens")
    @APIResponse(
            responseCode = "400",
            description =
                    "invalid_grant: wrong password, unverified email, a disabled account, or an unusable refresh token; "
                            + "invalid_request / unsupported_grant_type otherwise")
    @APIResponse(responseCode = "429", description = "Too many failed sign-ins for this account or from this address")
    public Response token(
            @FormParam("grant_type") String grantType,
            @FormParam("username") String username,
            @FormParam("password") String password,
            @FormParam("refresh_token") String refreshToken) {
        if ("password".equals(grantType)) {
            if (username == null || password == null || username.length() > 254 || password.length() > 128) {
                return error(400, "invalid_request", "username and password are required");
            }
            String address = request.getRemoteAddr();
            // Reserved before the password hash, as on every other sign-in
            if (!throttle.tryAttempt(username, address)) {
                return Response.status(429)
                        .header("Retry-After", SignInThrottle.window().toSeconds())
                        .entity(body(
                                        "slow_down",
                                        "too many failed sign-ins for this account or from this address; try again later")
                                .build()
                                .toString())
                        .build();
            }
            Optional<Member> member = members.authenticate(username, password.toCharArray());
            if (member.isPresent() && member.get().isDisabled()) {
                return error(400, "invalid_grant", "the account is disabled");
            }
            if (member.isEmpty() || !member.get().isEmailVerified()) {
                return error(
                        400,
                        "invalid_grant",
                        member.isEmpty()
                                ? "wrong email or password"
                                : "the email address is not verified yet: open the link mailed to it");
            }
            throttle.succeeded(username, address);
            return tokens(tokens.issue(member.get().getId()));
        }
        if ("refresh_token".equals(grantType)) {
            return tokens.refresh(refreshToken)
                    .map(this::tokens)
                    .orElseGet(() -> error(400, "invalid_grant", "the refresh token is not usable"));
        }
        return error(
                400,
                grantType == null ? "invalid_request" : "unsupported_grant_type",
                "grant_type password or refresh_token");
    }

    @POST
    @Path("revoke")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(
            summary = "Sign the app out",
            description = "Revokes the token given and every token of its sign-in "
                    + "(a device credential: only itself). Answers 200 whatever the token was (RFC 7009).")
    @APIResponse(responseCode = "200", description = "Revoked, or nothing to revoke")
    public Response revoke(@FormParam("token") String token) {
        tokens.revoke(token);
        return Response.ok("{}").build();
    }

    @POST
    @Path("sign-out-everywhere")
    @Operation(
            summary = "Sign the member out everywhere",
            description = "Called as the member (the app's Bearer token, HTTP Basic): revokes every sign-in of the app "
                    + "and every device credential of the member. A device's credential cannot call it.")
    @APIResponse(responseCode = "200", description = "{\"revoked\": how many credentials}")
    @APIResponse(responseCode = "401", description = "Not signed in as a member")
    public Response signOutEverywhere() {
        Optional<Member> member = currentMember.member();
        if (member.isEmpty()) {
            return Response.status(401)
                    .header("WWW-Authenticate", "Bearer realm=\"Kakehashi\"")
                    .entity(body("invalid_token", "sign in as the member")
                            .build()
                            .toString())
                    .build();
        }
        int revoked = tokens.revokeEverything(member.get().getId());
        return Response.ok(Json.createObjectBuilder()
                        .add("revoked", revoked)
                        .build()
                        .toString())
                .build();
    }

    @Inject
    private CurrentMember currentMember;

    private Response tokens(ApiTokens.TokenPair pair) {
        long expiresIn = Math.max(
                0, Duration.between(Instant.now(), pair.accessTokenExpiresAt()).toSeconds());
        return Response.ok(Json.createObjectBuilder()
                        .add("access_token", pair.accessToken())
                        .add("token_type", "Bearer")
                        .add("expires_in", expiresIn)
                        .add("refresh_token", pair.refreshToken())
                        .build()
                        .toString())
                .header("Cache-Control", "no-store")
                .build();
    }

    private static Response error(int status, String error, String description) {
        return Response.status(status)
                .header("Cache-Control", "no-store")
                .entity(body(error, description).build().toString())
                .build();
    }

    private static JsonObjectBuilder body(String error, String description) {
        return Json.createObjectBuilder().add("error", error).add("error_description", description);
    }
}
