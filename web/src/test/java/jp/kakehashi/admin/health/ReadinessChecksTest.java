package jp.kakehashi.admin.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Collections;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

class ReadinessChecksTest {

    @Test
    void databaseIsUpWhenAConnectionIsValid() throws Exception {
        DataSource dataSource = mock(DataSource.class);
        Connection connection = mock(Connection.class);
        DatabaseMetaData metaData = mock(DatabaseMetaData.class);
        when(dataSource.getConnection()).thenReturn(connection);
        when(connection.isValid(2)).thenReturn(true);
        when(connection.getMetaData()).thenReturn(metaData);
        when(metaData.getDatabaseProductName()).thenReturn("H2");

        HealthCheckResponse response = new DatabaseReadinessCheck(dataSource).call();

        assertEquals(HealthCheckResponse.Status.UP, response.getStatus());
        assertEquals("database", response.getName());
    }

    @Test
    void databaseIsDownWhenNoConnectionCanBeHad() throws Exception {
        DataSource dataSource = mock(DataSource.class);
        when(dataSource.getConnection()).thenThrow(new SQLException("Connection refused"));

        HealthCheckResponse response = new DatabaseReadinessCheck(dataSource).call();

        assertEquals(HealthCheckResponse.Status.DOWN, response.getStatus());
        // A generic reason: the exception's text (a host, a user) goes to the log, never to the health answer
        assertEquals(
                "database unavailable: see the server log",
                response.getData().orElseThrow().get("reason"));
    }

    @Test
    void databaseIsDownWhenTheConnectionIsNotValid() throws Exception {
        DataSource dataSource = mock(DataSource.class);
        Connection connection = mock(Connection.class);
        when(dataSource.getConnection()).thenReturn(connection);
        when(connection.isValid(2)).thenReturn(false);

        assertEquals(
                HealthCheckResponse.Status.DOWN,
                new DatabaseReadinessCheck(dataSource).call().getStatus());
    }

    @Test
    void messagingIsUpWhenTheInboundQueueCanBeBrowsed() throws Exception {
        ConnectionFactory factory = mock(ConnectionFactory.class);
        JMSContext context = mock(JMSContext.class);
        Queue queue = mock(Queue.class);
        QueueBrowser browser = mock(QueueBrowser.class);
        when(factory.createContext()).thenReturn(context);
        when(context.createBrowser(queue)).thenReturn(browser);
        when(browser.getEnumeration()).thenReturn(Collections.emptyEnumeration());
        when(queue.getQueueName()).thenReturn("SnsInboundQueue");

        HealthCheckResponse response = new MessagingReadinessCheck(factory, queue).call();

        assertEquals(HealthCheckResponse.Status.UP, response.getStatus());
        assertEquals("messaging", response.getName());
    }

    @Test
    void messagingIsDownWhenTheEngineRefusesConnections() {
        ConnectionFactory factory = mock(ConnectionFactory.class);
        when(factory.createContext()).thenThrow(new JMSRuntimeException("CWSIA0241E: engine not available"));

        HealthCheckResponse response = new MessagingReadinessCheck(factory, mock(Queue.class)).call();

        assertEquals(HealthCheckResponse.Status.DOWN, response.getStatus());
        assertEquals(
                "messaging unavailable: see the server log",
                response.getData().orElseThrow().get("reason"));
    }
}
