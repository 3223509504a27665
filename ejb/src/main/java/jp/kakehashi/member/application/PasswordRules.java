package jp.kakehashi.member.application;

import java.util.regex.Pattern;

/** Registration's rules for a password and an address, for every way a member sets or changes them. */
public final class PasswordRules {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;
    public static final int MAX_EMAIL_LENGTH = 254;

    /** The registration form's check: something, an @, something with a dot, no spaces. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private PasswordRules() {}

    public static boolean isAcceptablePassword(char[] password) {
        return password != null && password.length >= MIN_LENGTH && password.length <= MAX_LENGTH;
    }

    public static boolean isAcceptableEmail(String email) {
        return email != null
                && email.strip().length() <= MAX_EMAIL_LENGTH
                && EMAIL.matcher(email.strip()).matches();
    }
}
