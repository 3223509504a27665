package jp.kakehashi.shared.config;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record whose components are settings: each is read from MicroProfile Config under the name at its position
 * (so defaults come from microprofile-config.properties and an environment variable overrides them as for any
 * setting), and the record can be injected wherever it is needed (SettingsExtension).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Settings {

    /** The settings' names, one per record component and in the components' order. */
    String[] value();
}
