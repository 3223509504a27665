package jp.kakehashi.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpResponse;

/**
 * The SDK's HTTP client in the benchmark: answers a certificate's GET from a folder, by the URL's file name, counting
 * each, so that the SDK never reaches the network.
 */
final class CertificateFolder implements SdkHttpClient {

    private final Path folder;
    private final AtomicLong fetches = new AtomicLong();

    CertificateFolder(Path folder) {
        this.folder = folder;
    }

    long fetches() {
        return fetches.get();
    }

    @Override
    public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
        return new ExecutableHttpRequest() {
            @Override
            public HttpExecuteResponse call() throws IOException {
                fetches.incrementAndGet();
                String path = request.httpRequest().encodedPath();
                byte[] body = Files.readAllBytes(folder.resolve(path.substring(path.lastIndexOf('/') + 1)));
                return HttpExecuteResponse.builder()
                        .response(SdkHttpResponse.builder().statusCode(200).build())
                        .responseBody(AbortableInputStream.create(new ByteArrayInputStream(body)))
                        .build();
            }

            @Override
            public void abort() {}
        };
    }

    @Override
    public void close() {}
}
