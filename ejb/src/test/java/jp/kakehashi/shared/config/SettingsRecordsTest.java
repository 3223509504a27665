package jp.kakehashi.shared.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;

class SettingsRecordsTest {

    @Settings({"example.name", "example.count", "example.wait", "example.note", "example.tags", "example.more"})
    record Example(
            String name,
            @AtLeastOne int count,
            Duration pause,
            Optional<String> note,
            List<String> tags,
            Optional<List<String>> more) {}

    @Settings({"only.one"})
    record Mismatched(String one, String two) {}

    private final Config config = mock(Config.class);

    @Test
    void eachComponentIsReadFromTheSettingAtItsPosition() {
        when(config.getValue("example.name", String.class)).thenReturn("shop");
        when(config.getValue("example.count", Integer.class)).thenReturn(0);
        when(config.getValue("example.wait", Duration.class)).thenReturn(Duration.ofMinutes(5));
        when(config.getOptionalValue("example.note", String.class)).thenReturn(Optional.of("  "));
        when(config.getValues("example.tags", String.class)).thenReturn(List.of("a", "b"));
        when(config.getOptionalValues("example.more", String.class)).thenReturn(Optional.of(List.of("c")));

        Example example = SettingsRecords.read(config, Example.class);

        assertEquals(
                new Example(
                        "shop",
                        1,
                        Duration.ofMinutes(5),
                        Optional.empty(),
                        List.of("a", "b"),
                        Optional.of(List.of("c"))),
                example,
                "a blank optional setting is unset; a count @AtLeastOne reads 0 as 1");
    }

    @Test
    void aMissingRequiredSettingStopsTheRead() {
        when(config.getValue("example.name", String.class)).thenThrow(new NoSuchElementException("example.name"));
        assertThrows(NoSuchElementException.class, () -> SettingsRecords.read(config, Example.class));
    }

    @Test
    void oneNamePerComponentIsRequired() {
        assertThrows(IllegalArgumentException.class, () -> SettingsRecords.read(config, Mismatched.class));
    }
}
