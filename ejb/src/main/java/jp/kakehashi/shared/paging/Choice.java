package jp.kakehashi.shared.paging;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** A filter that takes one of a few values (a state, an action): blank is any, anything else is refused with the choices. */
public final class Choice {

    private Choice() {}

    public static <T extends Enum<T>> T of(Class<T> choices, String filter, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(choices, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadListRequestException(
                    BadListRequestException.Problem.CHOICE,
                    filter + " must be one of "
                            + Arrays.stream(choices.getEnumConstants())
                                    .map(Enum::name)
                                    .collect(Collectors.joining(", ")));
        }
    }
}
