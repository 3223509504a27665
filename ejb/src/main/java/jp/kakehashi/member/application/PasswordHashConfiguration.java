package jp.kakehashi.member.application;

import jp.kakehashi.shared.config.Settings;

/**
 * The work factor of members' password hashes (member.password.hash-iterations). Each hash records its own count, so
 * a changed setting applies to passwords set from then on, and every stored one still verifies. Production refuses a
 * count below 210,000 (ProductionSettingsRules); the test servers set the container's minimum, 1,024.
 */
@Settings({"member.password.hash-iterations"})
public record PasswordHashConfiguration(int hashIterations) {}
