/* The console's "try sign in" buttons: each container's data attributes hold a signed button configuration. */
(function (document) {
    'use strict';
    var containers = document.querySelectorAll('[data-amazon-pay-try]');
    Array.prototype.forEach.call(containers, function (element) {
        window.amazon.Pay.renderButton('#' + element.id, {
            merchantId: element.getAttribute('data-merchant-id'),
            ledgerCurrency: 'JPY',
            sandbox: true,
            checkoutLanguage: element.getAttribute('data-checkout-language'),
            productType: 'SignIn',
            placement: 'Other',
            buttonColor: 'Gold',
            signInConfig: {
                payloadJSON: element.getAttribute('data-payload'),
                signature: element.getAttribute('data-signature'),
                publicKeyId: element.getAttribute('data-public-key-id'),
                algorithm: element.getAttribute('data-algorithm')
            }
        });
    });
})(document);
