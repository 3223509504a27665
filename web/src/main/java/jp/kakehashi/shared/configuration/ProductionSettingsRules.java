package jp.kakehashi.shared.configuration;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * What the production profile needs of its settings (docs/configuration.md, "What production checks at start"). Pure
 * logic over a lookup of settings by their MicroProfile Config name: every problem is reported, not only the first,
 * so that an operator fixes them all in one go. No rule ever puts a setting's value in a problem.
 */
public final class ProductionSettingsRules {

    /** Fragments that mark a value as a stand-in copied from an example, whatever their case. */
    private static final List<String> PLACEHOLDER_FRAGMENTS =
            List.of("change-me", "changeme", "change_me", "placeholder");
    /**
     * Words that mark a value as a stand-in (example.com, "TODO", "xxx"), as whole words of the value only: a random
     * secret or a base64 key holds "xxx" or "todo" inside a longer run often enough.
     */
    private static final Set<String> PLACEHOLDER_WORDS = Set.of("example", "todo", "tbd", "fixme");

    private static final Pattern PLACEHOLDER_WORD = Pattern.compile("x{3,}");
    private static final Pattern WORD_SEPARATOR = Pattern.compile("[^a-z0-9]+");
    private static final Pattern SNS_TOPIC_ARN =
            Pattern.compile("arn:aws(-cn|-us-gov)?:sns:[a-z0-9-]+:\\d{12}:[A-Za-z0-9_-]{1,256}");
    private static final int TOKEN_KEY_BYTES = 32;
    /** The fewest PBKDF2-HMAC-SHA256 iterations production hashes members' passwords with (the default). */
    static final int MIN_PASSWORD_HASH_ITERATIONS = 210_000;

    /** Settings with no default that production cannot work without. */
    static final List<String> REQUIRED = List.of(
            "amazon-pay.public-key-id",
            "amazon-pay.merchant-id",
            "amazon-pay.store-id",
            "kakehashi.mail.host",
            "kakehashi.mail.from",
            "kakehashi.mail.user",
            "kakehashi.mail.password",
            "kakehashi.db.user",
            "kakehashi.db.password",
            "kakehashi.keystore.password");
    /** Where Amazon and shoppers are reached: https only. */
    static final List<String> HTTPS_URLS = List.of(
            "kakehashi.public-url",
            "amazon-pay/mp-rest/url",
            "amazon-pay.checkout-js-url",
            "login-with-amazon/mp-rest/url",
            "lwa.authorize-url",
            "dash-replenishment/mp-rest/url");

    private final Function<String, Optional<String>> settings;
    private final List<SettingProblem> problems = new ArrayList<>();

    private ProductionSettingsRules(Function<String, Optional<String>> settings) {
        this.settings = settings;
    }

    /** Every problem of the settings {@code settings} gives (empty: a setting that is not set). */
    public static List<SettingProblem> check(Function<String, Optional<String>> settings) {
        ProductionSettingsRules rules = new ProductionSettingsRules(settings);
        REQUIRED.forEach(rules::required);
        HTTPS_URLS.forEach(rules::https);
        rules.oneOf(
                "amazon-pay.private-key",
                "amazon-pay.private-key-file",
                "the merchant's private key (PEM text) or its file");
        rules.lwaClient();
        rules.tokenKeys();
        rules.snsTopics();
        rules.passwordHashIterations();
        return List.copyOf(rules.problems);
    }

    /**
     * XA needs PostgreSQL's prepared transactions: with {@code max_prepared_transactions = 0} every transaction that
     * writes the database and takes a JMS message fails at prepare.
     */
    public static Optional<SettingProblem> preparedTransactions(int maxPreparedTransactions) {
        if (maxPreparedTransactions > 0) {
            return Optional.empty();
        }
        return Optional.of(
                new SettingProblem(
                        "max_prepared_transactions",
                        "of the PostgreSQL server is 0, and Kakehashi's XA transactions need prepared transactions",
                        "set it above 0 on the database server (ALTER SYSTEM SET max_prepared_transactions = 64; then restart PostgreSQL; docs/deployment.md)"));
    }

    /** True when the value looks copied from an example rather than set: change-me, TODO, example.com, ... */
    public static boolean isPlaceholder(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        if (PLACEHOLDER_FRAGMENTS.stream().anyMatch(lower::contains)) {
            return true;
        }
        return WORD_SEPARATOR
                .splitAsStream(lower)
                .anyMatch(word -> PLACEHOLDER_WORDS.contains(word)
                        || PLACEHOLDER_WORD.matcher(word).matches());
    }

    private Optional<String> value(String setting) {
        return settings.apply(setting).map(String::strip).filter(value -> !value.isEmpty());
    }

    /** Set, not empty, no placeholder; the value if it is usable. */
    private Optional<String> required(String setting) {
        Optional<String> value = value(setting);
        if (value.isEmpty()) {
            problems.add(new SettingProblem(
                    setting,
                    "is missing or empty",
                    "set it in the server's environment (README, Production settings)"));
            return Optional.empty();
        }
        return notPlaceholder(setting, value.get());
    }

    private Optional<String> notPlaceholder(String setting, String value) {
        if (isPlaceholder(value)) {
            problems.add(new SettingProblem(
                    setting,
                    "holds a placeholder (such as change-me, TODO or example), not a real value",
                    "set the real value"));
            return Optional.empty();
        }
        return Optional.of(value);
    }

    private void https(String setting) {
        required(setting).ifPresent(value -> {
            URI uri;
            try {
                uri = URI.create(value);
            } catch (IllegalArgumentException e) {
                uri = null;
            }
            if (uri == null || !"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
                problems.add(
                        new SettingProblem(setting, "is not an https URL", "set an https:// URL with a host name"));
            }
        });
    }

    private void oneOf(String text, String file, String what) {
        Optional<String> inline = value(text);
        Optional<String> path = value(file);
        if (inline.isPresent()) {
            notPlaceholder(text, inline.get());
        } else if (path.isPresent()) {
            readableFile(file, path.get());
        } else {
            problems.add(new SettingProblem(
                    text,
                    "is missing, and so is " + file,
                    "set one of them: " + what + " (" + SettingProblem.environmentVariableOf(file) + " for the file)"));
        }
    }

    private void readableFile(String setting, String path) {
        if (notPlaceholder(setting, path).isPresent() && !Files.isReadable(Path.of(path))) {
            problems.add(new SettingProblem(
                    setting, "names a file the server cannot read", "check the path and its permissions"));
        }
    }

    private void lwaClient() {
        Optional<String> file = value("lwa.credentials-file");
        if (value("lwa.client-id").isEmpty() && value("lwa.client-secret").isEmpty() && file.isPresent()) {
            readableFile("lwa.credentials-file", file.get());
            return;
        }
        required("lwa.client-id");
        required("lwa.client-secret");
    }

    /** drs.token-keys: comma-separated id:base64 pairs of 32-byte AES keys (DeviceTokenVault, TokenCipher). */
    private void tokenKeys() {
        Optional<String> keys = value("drs.token-keys");
        if (keys.isEmpty()) {
            Optional<String> file = value("drs.token-key-file");
            if (file.isPresent()) {
                readableFile("drs.token-key-file", file.get());
            } else {
                problems.add(
                        new SettingProblem(
                                "drs.token-keys",
                                "is missing, and so is drs.token-key-file",
                                "set one of them: AES-256 keys as id:base64 pairs, comma-separated (for example k1:<44 base64 characters>, from openssl rand -base64 32)"));
            }
            return;
        }
        Set<String> ids = new LinkedHashSet<>();
        boolean wellFormed = true;
        for (String entry : keys.get().split(",")) {
            String[] idAndKey = entry.strip().split(":", 2);
            if (idAndKey.length != 2 || idAndKey[0].isBlank()) {
                wellFormed = false;
                continue;
            }
            ids.add(idAndKey[0]);
            if (isPlaceholder(idAndKey[1]) || decodedLength(idAndKey[1]) != TOKEN_KEY_BYTES) {
                wellFormed = false;
            }
        }
        if (!wellFormed) {
            problems.add(new SettingProblem(
                    "drs.token-keys",
                    "is not a list of id:key pairs with 32-byte keys in base64",
                    "give each key as id:base64 of 32 random bytes, comma-separated (openssl rand -base64 32)"));
        }
        value("drs.token-key-id")
                .filter(id -> !ids.contains(id))
                .ifPresent(id -> problems.add(new SettingProblem(
                        "drs.token-key-id",
                        "names no key of drs.token-keys",
                        "name one of its ids, or leave it empty for the last")));
    }

    private static int decodedLength(String base64) {
        try {
            return Base64.getDecoder().decode(base64.strip()).length;
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }

    /** Unset means the default; a lower work factor (the test servers' 1024) is for tests only. */
    private void passwordHashIterations() {
        value("member.password.hash-iterations").ifPresent(iterations -> {
            long count;
            try {
                count = Long.parseLong(iterations);
            } catch (NumberFormatException e) {
                count = -1;
            }
            if (count < MIN_PASSWORD_HASH_ITERATIONS) {
                problems.add(new SettingProblem(
                        "member.password.hash-iterations",
                        "is below " + MIN_PASSWORD_HASH_ITERATIONS + " or not a number",
                        "leave it unset (210000), or set a larger whole number such as 600000"));
            }
        });
    }

    private void snsTopics() {
        required("sns.topic-arns").ifPresent(arns -> {
            for (String arn : arns.split(",")) {
                if (!SNS_TOPIC_ARN.matcher(arn.strip()).matches()) {
                    problems.add(new SettingProblem(
                            "sns.topic-arns",
                            "holds an entry that is not an SNS topic ARN",
                            "list the DRS topics' ARNs (arn:aws:sns:<region>:<account>:<topic>), comma-separated"));
                    return;
                }
            }
        });
    }
}
