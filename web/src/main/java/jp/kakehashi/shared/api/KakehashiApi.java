package jp.kakehashi.shared.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The REST API for native companion apps; its OpenAPI document is at /openapi (and /openapi/ui). */
@ApplicationPath("/api")
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Kakehashi companion app API",
                        version = "1",
                        description =
                                "Dash Replenishment device setup for the shop's members (the DRS pre-registration guide, pull)."),
        security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "member")})
@SecurityScheme(
        securitySchemeName = "bearer",
        type = SecuritySchemeType.HTTP,
        scheme = "bearer",
        description = "An access token from POST /api/auth/token (the app's), or a device's credential from "
                + "POST /api/devices/{modelId}/{serialNumber}/credentials (that device's slots only).")
@SecurityScheme(
        securitySchemeName = "member",
        type = SecuritySchemeType.HTTP,
        scheme = "basic",
        description = "The member's email and password on every call (compatibility: each call costs a password "
                + "hash; use bearer tokens), or the shop's session cookie.")
@SecurityScheme(
        securitySchemeName = "admin",
        type = SecuritySchemeType.HTTP,
        scheme = "basic",
        description = "An administrator of the Liberty user registry (the admin console's sign-in), for /api/admin.")
public class KakehashiApi extends Application {}
