package jp.kakehashi.sns.verification;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** The real AWS-signed SNS messages in the test resources (aws-sns/README.md says where each comes from). */
final class AwsSnsFixtures {

    private AwsSnsFixtures() {}

    static Path folder() {
        Path folder = Path.of(System.getProperty("kakehashi.sns-fixtures.dir", "src/test/resources/aws-sns"));
        assertTrue(Files.isDirectory(folder), "no SNS fixtures at " + folder.toAbsolutePath());
        return folder;
    }
}
