package jp.kakehashi.sandbox;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The sandbox's HTTP APIs, each under the base URL that stands in for one Amazon host:
 * {@code /api/pay} for {@code pay-api.amazon.jp}, {@code /api/lwa} for {@code api.amazon.com},
 * {@code /api/sns} for the SNS endpoints, and {@code /api/sandbox} for the sandbox's own control API.
 */
@ApplicationPath("/api")
public class SandboxApplication extends Application {}
