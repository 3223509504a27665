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
// A bulk replay's page follows it while it runs: the figures come from the admin API every two seconds, and stop
// coming once it has finished (or the page is left). Without script, the page's refresh link does the same.
(function () {
    var region = document.getElementById('replay-progress');
    if (!region || region.dataset.state !== 'RUNNING') {
        return;
    }
    var stateNames = {};
    ['RUNNING', 'FINISHED', 'FAILED'].forEach(function (state) {
        stateNames[state] = region.dataset['state' + state.charAt(0) + state.slice(1).toLowerCase()];
    });
    function show(id, value) {
        var element = document.getElementById(id);
        if (element && value !== undefined) {
            element.textContent = value;
        }
    }
    function poll() {
        fetch(region.dataset.replayUrl, {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
            .then(function (response) { return response.ok ? response.json() : null; })
            .then(function (progress) {
                if (!progress) {
                    return;
                }
                show('replay-total', progress.total);
                show('replay-replayed', progress.replayed);
                show('replay-gone', progress.gone);
                show('replay-state', stateNames[progress.state] || progress.state);
                var done = progress.total === 0 ? 100 : Math.floor((progress.replayed + progress.gone) * 100 / progress.total);
                var bar = document.getElementById('replay-bar');
                bar.value = done;
                bar.textContent = done + '%';
                region.dataset.state = progress.state;
                if (progress.state === 'RUNNING') {
                    window.setTimeout(poll, 2000);
                }
            });
    }
    window.setTimeout(poll, 1000);
})();
