/*
 * Amazon sandbox stand-in for https://static-fe.payments-amazon.com/checkout.js (Amazon Pay checkout v2).
 * Supports amazon.Pay.renderButton(selector, config) with productType 'SignIn': it renders an Amazon Pay
 * button and, on click, POSTs the configuration to the sandbox's hosted sign-in page, which verifies the
 * payload signature. Styles come from a stylesheet (amazon-pay-button.css), never inline.
 * amazon.Pay.signout() ends the shopper's Amazon session in this browser, as Amazon asks merchants to call when the
 * shopper signs out of the shop (shared computers): the sandbox records each sign-out (api/sandbox/pay/signouts).
 */
(function (window, document) {
    'use strict';

    var script = document.currentScript;
    var base = script && script.src ? script.src.replace(/checkout\.js(?:[?#].*)?$/, '') : '/amazon-sandbox/';

    function ensureStylesheet() {
        if (document.querySelector('link[data-amazon-pay-sandbox]')) {
            return;
        }
        var link = document.createElement('link');
        link.rel = 'stylesheet';
        link.href = base + 'resources/css/amazon-pay-button.css';
        link.setAttribute('data-amazon-pay-sandbox', '');
        document.head.appendChild(link);
    }

    function container(selector) {
        var element = typeof selector === 'string' ? document.querySelector(selector) : selector;
        if (!element) {
            throw new Error('amazon.Pay.renderButton: no element matches ' + selector);
        }
        return element;
    }

    function text(value) {
        return value === undefined || value === null ? '' : String(value);
    }

    /** Sends the shopper to the hosted page with the button's configuration, as a POSTed form. */
    function goToHostedPage(config) {
        var signIn = config.signInConfig || {};
        var fields = {
            merchantId: config.merchantId,
            ledgerCurrency: config.ledgerCurrency,
            sandbox: config.sandbox === undefined ? '' : String(config.sandbox),
            checkoutLanguage: config.checkoutLanguage,
            productType: config.productType,
            placement: config.placement,
            buttonColor: config.buttonColor,
            payloadJSON: signIn.payloadJSON,
            signature: signIn.signature,
            publicKeyId: signIn.publicKeyId || config.publicKeyId,
            algorithm: signIn.algorithm
        };
        var form = document.createElement('form');
        form.method = 'post';
        form.action = base + 'pay/signin';
        form.acceptCharset = 'UTF-8';
        form.className = 'amazonpay-button__form';
        Object.keys(fields).forEach(function (name) {
            var input = document.createElement('input');
            input.type = 'hidden';
            input.name = name;
            input.value = text(fields[name]);
            form.appendChild(input);
        });
        document.body.appendChild(form);
        form.submit();
    }

    function renderButton(selector, config) {
        config = config || {};
        var element = container(selector);
        ensureStylesheet();
        var color = ['Gold', 'LightGray', 'DarkGray'].indexOf(config.buttonColor) >= 0 ? config.buttonColor : 'Gold';
        var japanese = (config.checkoutLanguage || 'ja_JP') === 'ja_JP';

        var button = document.createElement('button');
        button.type = 'button';
        button.className = 'amazonpay-button amazonpay-button--' + color.toLowerCase();
        // No aria-label: the button's name is its visible text ("amazon pay" and the caption), as WCAG 2.5.3 asks
        button.setAttribute('data-product-type', text(config.productType));
        var logo = document.createElement('span');
        logo.className = 'amazonpay-button__logo';
        logo.textContent = 'amazon pay';
        var caption = document.createElement('span');
        caption.className = 'amazonpay-button__caption';
        caption.textContent = japanese ? 'Amazonアカウントでサインイン' : 'Sign in with Amazon';
        button.appendChild(logo);
        button.appendChild(caption);

        var listeners = [];
        button.addEventListener('click', function (event) {
            event.preventDefault();
            listeners.forEach(function (listener) { listener(); });
            goToHostedPage(config);
        });
        element.textContent = '';
        element.appendChild(button);
        return {
            onClick: function (listener) { listeners.push(listener); }
        };
    }

    /** Ends the Amazon session of this browser; a beacon, so that it is sent even as the page navigates away. */
    function signout() {
        var url = base + 'api/pay/signout';
        if (!(navigator.sendBeacon && navigator.sendBeacon(url))) {
            window.fetch(url, {method: 'POST', credentials: 'include', keepalive: true});
        }
    }

    window.amazon = window.amazon || {};
    window.amazon.Pay = window.amazon.Pay || {};
    window.amazon.Pay.renderButton = renderButton;
    window.amazon.Pay.signout = signout;
})(window, document);
