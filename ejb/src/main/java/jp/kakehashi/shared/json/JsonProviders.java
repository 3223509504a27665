package jp.kakehashi.shared.json;

import jakarta.json.spi.JsonProvider;

/**
 * JSON-P's provider, looked up once: {@code jakarta.json.Json.create...} looks it up through the service loader on
 * every call, which in Liberty's class loaders made request threads queue (bench/README.md, token exchange).
 */
public final class JsonProviders {

    public static final JsonProvider JSON = JsonProvider.provider();

    private JsonProviders() {
    }
}
