package jp.kakehashi.sandbox.pay.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import jp.kakehashi.sandbox.pay.signin.ButtonConfig;
import jp.kakehashi.sandbox.pay.signin.PendingSignIn;
import jp.kakehashi.sandbox.pay.signin.SignInRejected;
import jp.kakehashi.sandbox.pay.signin.SignInRequests;

/**
 * Where checkout.js sends the shopper on a click (a POSTed form; GET works too): the configuration is verified,
 * then the shopper sees the hosted sign-in page. A refused configuration shows Amazon-style error text on this
 * same request: never a redirect, never a stack trace.
 */
@WebServlet(urlPatterns = "/pay/signin")
public class SignInEntryServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private SignInRequests signIns;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        request.setCharacterEncoding("UTF-8");
        ButtonConfig button = new ButtonConfig(
                request.getParameter("merchantId"),
                request.getParameter("ledgerCurrency"),
                request.getParameter("sandbox"),
                request.getParameter("checkoutLanguage"),
                request.getParameter("productType"),
                request.getParameter("placement"),
                request.getParameter("buttonColor"),
                request.getParameter("payloadJSON"),
                request.getParameter("signature"),
                request.getParameter("publicKeyId"),
                request.getParameter("algorithm"));
        try {
            PendingSignIn signIn = signIns.start(button);
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", request.getContextPath() + "/pay/signin.xhtml?signIn=" + signIn.id());
        } catch (SignInRejected rejected) {
            String language = "en_US".equals(button.checkoutLanguage()) || "en_GB".equals(button.checkoutLanguage())
                    ? "en"
                    : "ja";
            request.setAttribute(
                    HostedError.ATTRIBUTE,
                    new HostedError.Details(rejected.errorCode(), rejected.getMessage(), language));
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            request.getRequestDispatcher("/pay/error.xhtml").forward(request, response);
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        doPost(request, response);
    }
}
