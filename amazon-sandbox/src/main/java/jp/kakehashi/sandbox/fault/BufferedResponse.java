package jp.kakehashi.sandbox.fault;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Holds an endpoint's answer back: status and headers go to the real response as set (nothing is committed until
 * {@link #sendTo}), the body into a buffer, so that a fault can still delay, replace or cut it.
 */
class BufferedResponse extends HttpServletResponseWrapper {

    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private PrintWriter writer;

    BufferedResponse(HttpServletResponse response) {
        super(response);
    }

    @Override
    public ServletOutputStream getOutputStream() {
        return new ServletOutputStream() {
            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
                throw new UnsupportedOperationException("synchronous endpoints only");
            }

            @Override
            public void write(int b) {
                body.write(b);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) {
                body.write(bytes, offset, length);
            }
        };
    }

    @Override
    public PrintWriter getWriter() {
        if (writer == null) {
            writer = new PrintWriter(new OutputStreamWriter(body, StandardCharsets.UTF_8));
        }
        return writer;
    }

    @Override
    public void flushBuffer() {
        // held back until sendTo
    }

    @Override
    public void setContentLength(int length) {
        // set from the buffer when sent
    }

    @Override
    public void setContentLengthLong(long length) {
        // set from the buffer when sent
    }

    void sendTo(HttpServletResponse response) throws IOException {
        if (writer != null) {
            writer.flush();
        }
        response.setContentLength(body.size());
        response.getOutputStream().write(body.toByteArray());
    }
}
