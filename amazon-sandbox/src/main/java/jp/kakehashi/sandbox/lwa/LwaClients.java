package jp.kakehashi.sandbox.lwa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import jp.kakehashi.sandbox.lwa.domain.LwaClient;
import jp.kakehashi.sandbox.lwa.domain.LwaError;

/** The LWA security profiles the sandbox knows: the DRS pre-registration guide's {@code foodev} and Kakehashi's demo client. */
@ApplicationScoped
public class LwaClients {

    private final Map<String, LwaClient> clients = new ConcurrentHashMap<>();

    protected LwaClients() {}

    @Inject
    public LwaClients(LwaSandboxConfig config) {
        List<String> origins = config.allowedReturnOrigins();
        put(new LwaClient(
                LwaSeedData.FOODEV_CLIENT_ID,
                LwaSeedData.FOODEV_CLIENT_SECRET,
                "The DRS pre-registration guide's example client",
                origins));
        String demoSecret = DemoClientSecretFile.loadOrCreate(config.lwaDir(), config.demoClientId());
        put(new LwaClient(config.demoClientId(), demoSecret, "Kakehashi demo", origins));
    }

    /** Creates the demo client's secret file at start, so that Kakehashi can read it before the first request. */
    void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        clients.size();
    }

    public void register(LwaClient client) {
        put(client);
    }

    private void put(LwaClient client) {
        clients.put(client.clientId(), client);
    }

    public Optional<LwaClient> find(String clientId) {
        return clientId == null ? Optional.empty() : Optional.ofNullable(clients.get(clientId));
    }

    /** The client whose id and secret these are, or {@code invalid_client}. */
    public LwaClient authenticate(String clientId, String clientSecret) {
        return find(clientId)
                .filter(client -> client.secretMatches(clientSecret))
                .orElseThrow(LwaError::invalidClient);
    }

    public List<String> clientIds() {
        return clients.keySet().stream().sorted().toList();
    }
}
