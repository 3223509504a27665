/*
 * Renders each Amazon SignIn button from its data-* attributes (signed on the server); no inline script. After the
 * shop's sign-out (a data-amazon-signout element), ends the Amazon Pay session of this browser too.
 */
document.addEventListener('DOMContentLoaded', function () {
    if (document.querySelector('[data-amazon-signout]') && typeof amazon !== 'undefined' && amazon.Pay && amazon.Pay.signout) {
        amazon.Pay.signout();
    }
    if (typeof amazon === 'undefined' || !amazon.Pay) {
        document.querySelectorAll('[data-amazon-signin]').forEach(function (element) {
            element.classList.add('amazon-signin--unavailable');
        });
        return;
    }
    document.querySelectorAll('[data-amazon-signin]').forEach(function (element) {
        amazon.Pay.renderButton('#' + element.id, {
            merchantId: element.dataset.merchantId,
            ledgerCurrency: element.dataset.ledgerCurrency,
            sandbox: element.dataset.sandbox === 'true',
            checkoutLanguage: element.dataset.checkoutLanguage,
            productType: 'SignIn',
            placement: 'Other',
            buttonColor: 'Gold',
            signInConfig: {
                payloadJSON: element.dataset.payload,
                signature: element.dataset.signature,
                publicKeyId: element.dataset.publicKeyId,
                algorithm: element.dataset.algorithm
            }
        });
    });
});
