package jp.kakehashi.shared.configuration;

import java.util.Locale;

/**
 * One thing wrong with one setting, as the server log reports it: the MicroProfile Config name, the environment
 * variable an operator sets, what is wrong and how to fix it. Never the value: a setting may be a secret.
 */
public record SettingProblem(String setting, String problem, String fix) {

    /** The environment variable MicroProfile Config and Liberty read for the setting. */
    public String environmentVariable() {
        return environmentVariableOf(setting);
    }

    public static String environmentVariableOf(String setting) {
        return setting.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    /** The log line: names the setting both ways, says what is wrong and what to do. */
    public String logLine() {
        return "Production setting " + setting + " (environment variable " + environmentVariable() + ") " + problem
                + ": " + fix;
    }
}
