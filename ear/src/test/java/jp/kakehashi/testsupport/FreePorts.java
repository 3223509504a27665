package jp.kakehashi.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/** Ports for what a test listens on or lets listen, beside the tests' servers and other builds' on the same machine. */
public final class FreePorts {

    private FreePorts() {}

    /**
     * A port the kernel picks from its ephemeral range (32768 and up on Linux), above every fixed port the tests' servers
     * take, and free when picked.
     */
    public static int ephemeral() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
