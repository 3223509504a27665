package jp.kakehashi.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * An IT class of the test server's that may run at the same time as any other class: nothing it does changes what
 * another class relies on (no sandbox fault, breaker, policy, setting, paused consumer, shared counter, queue or audit
 * entry another class reads), and nothing it checks depends on what another class may change meanwhile (its own
 * members, addresses and mailbox only, no Amazon call that a sandbox fault could break, no global count). Such classes
 * are ordered after the side lane's ({@link OnServersOfItsOwn}, ordered first): Failsafe's third worker (ear/pom.xml)
 * takes them once no side-lane class is left waiting for the side lane's lock, and runs them beside the side lane's
 * last class and the main lane, whose waits they fill. A class that only reads something a few classes change takes a
 * {@code READ} {@link org.junit.jupiter.api.parallel.ResourceLock} on it ({@link SharedResources}). The longest of them
 * come first ({@code @Order(2)}, {@code @Order(3)} on the class): the worker free first starts them, and the other
 * worker ends with the short ones.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Execution(ExecutionMode.CONCURRENT)
@Order(4)
public @interface BesideTheOtherClasses {}
