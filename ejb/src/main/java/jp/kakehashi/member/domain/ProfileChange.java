package jp.kakehashi.member.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a member may correct of their profile (APPI: a shop corrects a customer's data on request): name, phone and
 * shipping address, checked by the rules of the registration form, so that the page and the API refuse the same input.
 * The recipient of the shipping address is the member's name, as at registration.
 */
public record ProfileChange(
        String name, String phoneNumber, String postalCode, Prefecture prefecture, String line1, String line2) {

    public static final int MAX_NAME = 200;
    public static final int MAX_PHONE = 30;
    public static final int MAX_LINE = 300;
    /** The registration form's expressions (register.xhtml). */
    static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9-]{5,19}");

    static final Pattern POSTAL_CODE = Pattern.compile("[0-9]{3}-[0-9]{4}");

    /** A field the change cannot have, and why: {@code field} is the name the API and the page use. */
    public record Problem(String field, Reason reason) {}

    public enum Reason {
        REQUIRED,
        TOO_LONG,
        INVALID
    }

    /** Every problem at once, in field order; empty when the change may be saved. */
    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        required("name", name, MAX_NAME, problems);
        if (hasText(phoneNumber)) {
            shaped("phoneNumber", phoneNumber, MAX_PHONE, PHONE, problems);
        }
        if (!hasText(postalCode)) {
            problems.add(new Problem("postalCode", Reason.REQUIRED));
        } else {
            shaped("postalCode", postalCode, 8, POSTAL_CODE, problems);
        }
        if (prefecture == null) {
            problems.add(new Problem("prefecture", Reason.REQUIRED));
        }
        required("line1", line1, MAX_LINE, problems);
        if (line2 != null && line2.strip().length() > MAX_LINE) {
            problems.add(new Problem("line2", Reason.TOO_LONG));
        }
        return problems;
    }

    /** The shipping address this change gives, with the phone number as at registration. */
    public PostalAddress address() {
        return new PostalAddress(
                name.strip(),
                postalCode.strip(),
                prefecture,
                line1.strip(),
                blankToNull(line2),
                blankToNull(phoneNumber));
    }

    public String cleanPhoneNumber() {
        return blankToNull(phoneNumber);
    }

    private static void required(String field, String value, int max, List<Problem> problems) {
        if (!hasText(value)) {
            problems.add(new Problem(field, Reason.REQUIRED));
        } else if (value.strip().length() > max) {
            problems.add(new Problem(field, Reason.TOO_LONG));
        }
    }

    private static void shaped(String field, String value, int max, Pattern pattern, List<Problem> problems) {
        String stripped = value.strip();
        if (stripped.length() > max) {
            problems.add(new Problem(field, Reason.TOO_LONG));
        } else if (!pattern.matcher(stripped).matches()) {
            problems.add(new Problem(field, Reason.INVALID));
        }
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }

    private static String blankToNull(String value) {
        return hasText(value) ? value.strip() : null;
    }
}
