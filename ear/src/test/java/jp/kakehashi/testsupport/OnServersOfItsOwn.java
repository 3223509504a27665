package jp.kakehashi.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * An IT class that starts (and kills) Liberty servers of its own and leaves the test server alone (the crash tests,
 * the server package's): it runs in the side lane (ear/pom.xml), beside the classes of the main lane, so that its
 * server starts and waits overlap with their work; the side lane's classes run one at a time
 * ({@link SharedResources#SIDE_LANE}), the first once the test server is ready. Its servers take ports of their own,
 * outside any test server's. Its classes are ordered first, so that the side lane starts at once and classes
 * {@link BesideTheOtherClasses} fill in after it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Execution(ExecutionMode.CONCURRENT)
@Order(1)
@ResourceLock(SharedResources.SIDE_LANE)
@ExtendWith(AfterTheTestServerIsReady.class)
public @interface OnServersOfItsOwn {}
