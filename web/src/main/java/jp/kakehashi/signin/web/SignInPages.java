package jp.kakehashi.signin.web;

/**
 * Where the sign-in with Amazon sends the shopper next: its navigation outcomes, named here rather than taken from the
 * member feature's backing beans. The pages are the member feature's; the login page shows the reason named by
 * {@code refused=} (MemberLogin), the account page the result named by {@code result=} (MemberAccount). Reasons and
 * results travel in the URL rather than the Faces flash: after Amazon's cross-site return a message in the flash was
 * now and then missing from the page after the redirect.
 */
public final class SignInPages {

    public static final String MEMBER_HOME = "/member/index?faces-redirect=true";
    public static final String LOGIN = "/shop/login?faces-redirect=true";
    public static final String LOGIN_FAILED = "/shop/login-failed?faces-redirect=true";
    public static final String REGISTER = "/shop/register?faces-redirect=true";
    public static final String AMAZON_UNAVAILABLE = "/shop/amazon-unavailable?faces-redirect=true";

    /** The login page after a return from Amazon with an unknown, used or expired state (or a used buyerToken). */
    public static final String REFUSED_EXPIRED = LOGIN + "&refused=expired";

    /** The login page after Amazon refused the buyerToken. */
    public static final String REFUSED_TOKEN = LOGIN + "&refused=token";

    /** The login page after a return to link an account when nobody is signed in any more. */
    public static final String REFUSED_NOT_SIGNED_IN = LOGIN + "&refused=not-signed-in";

    public static final String ACCOUNT_LINKED = accountWith("linked");
    public static final String ACCOUNT_LINKED_ELSEWHERE = accountWith("linked-elsewhere");
    public static final String ACCOUNT_UNLINK_FIRST = accountWith("unlink-first");

    private static String accountWith(String result) {
        return "/member/account?faces-redirect=true&result=" + result;
    }

    private SignInPages() {}
}
