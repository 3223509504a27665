package jp.kakehashi.sandbox.mail;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The sandbox's mail server: Kakehashi sends its mails here in the sandbox profiles, so that a newcomer needs no mail
 * server. It listens on the loopback address only, on {@code sandbox.smtp.port} (0: not at all), keeps what it
 * receives in the {@link SandboxMailbox} and prints each mail on the server's console.
 */
@ApplicationScoped
public class SandboxSmtpServer {

    private static final Logger LOG = Logger.getLogger(SandboxSmtpServer.class.getName());
    private static final int READ_TIMEOUT_MILLIS = 30_000;

    @Inject
    @ConfigProperty(name = "sandbox.smtp.port")
    int port;

    @Inject
    private SandboxMailbox mailbox;

    @Resource
    private ManagedThreadFactory threads;

    @Resource
    private ManagedExecutorService sessions;

    private volatile ServerSocket serverSocket;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        if (port <= 0) {
            return;
        }
        try {
            serverSocket = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            // Another server of a test's cluster has it: mails sent here go to that server's sandbox
            LOG.log(Level.WARNING, "The sandbox mail server could not listen on port " + port + ": " + e.getMessage());
            return;
        }
        threads.newThread(this::acceptLoop).start();
        LOG.info("The sandbox mail server listens on 127.0.0.1:" + port);
    }

    public boolean isListening() {
        ServerSocket socket = serverSocket;
        return socket != null && !socket.isClosed();
    }

    public int port() {
        return port;
    }

    private void acceptLoop() {
        ServerSocket socket = serverSocket;
        while (socket != null && !socket.isClosed()) {
            try {
                Socket connection = socket.accept();
                try {
                    sessions.execute(() -> converse(connection));
                } catch (RejectedExecutionException e) {
                    closeQuietly(connection);
                }
            } catch (SocketException e) {
                return; // closed at stop
            } catch (IOException e) {
                LOG.log(Level.FINE, "accept failed", e);
            }
        }
    }

    private void converse(Socket connection) {
        try (connection) {
            connection.setSoTimeout(READ_TIMEOUT_MILLIS);
            for (ReceivedMail mail :
                    new SmtpSession(mailbox).converse(connection.getInputStream(), connection.getOutputStream())) {
                // The console tells a newcomer running the demo that a mail came and where to read it; not its text:
                // the link in it is a credential, and the console is a log (messages.log) like any other
                System.out.println("[amazon-sandbox mail] #" + mail.number() + " to " + String.join(", ", mail.to())
                        + ": " + mail.subject()
                        + " (read it on the sandbox console's Mail page: /amazon-sandbox/console/mail.xhtml)");
            }
        } catch (IOException e) {
            LOG.log(Level.FINE, "SMTP conversation ended", e);
        }
    }

    @PreDestroy
    void stop() {
        ServerSocket socket = serverSocket;
        serverSocket = null;
        if (socket != null) {
            closeQuietly(socket);
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception ignored) {
            // nothing to do at close
        }
    }
}
