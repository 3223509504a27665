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
 * are handed to Failsafe's two workers (ear/pom.xml) after the side lane's ({@link OnServersOfItsOwn}, ordered first),
 * so that whichever worker is free first, at the end of the main lane or of the side lane, runs them; the lanes then
 * end together instead of one running alone. A class that only reads something a few classes change takes a
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
