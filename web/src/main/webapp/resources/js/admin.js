// The admin console sends each form once: a second click while a long action (purge, refresh all, a retry at Amazon)
// is under way does nothing, and the form says it is busy until the next page arrives.
document.addEventListener('submit', function (event) {
    var form = event.target;
    if (form.dataset.sent === 'true') {
        event.preventDefault();
        return;
    }
    form.dataset.sent = 'true';
    form.classList.add('form--busy');
    form.setAttribute('aria-busy', 'true');
});
// A page restored from the back-forward cache can be sent again.
window.addEventListener('pageshow', function () {
    document.querySelectorAll('form[data-sent]').forEach(function (form) {
        delete form.dataset.sent;
        form.classList.remove('form--busy');
        form.removeAttribute('aria-busy');
    });
});
