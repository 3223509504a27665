/* Renders each Amazon SignIn button from its data-* attributes (signed on the server); no inline script. */
document.addEventListener('DOMContentLoaded', function () {
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
