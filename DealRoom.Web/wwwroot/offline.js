// Keeps what a person types while the circuit is down, and hands it back when it is up again (or after a reload).
//
// On Blazor Server every keystroke and every "change" goes to the server over the circuit; while the circuit is down
// those events are lost, yet the browser still shows the text. So while the connection banner says "offline", text
// typed into a form field is kept in localStorage (per page, per field, with an opId naming that one unsent change).
// When the circuit is back, or on the next load of the page, each kept change is handed to its form (SchemaForm's
// OfferUnsent), which submits it, merges it, or shows it for a decision; only then is it forgotten here.
(() => {
    const storagePrefix = 'dealroom:unsent:';
    const downClasses = ['components-reconnect-show', 'components-reconnect-retrying', 'components-reconnect-paused',
        'components-reconnect-failed', 'components-reconnect-resume-failed', 'components-reconnect-rejected'];
    const forms = new Map();          // a form's input-id prefix -> its DotNetObjectReference
    const focusValues = new WeakMap(); // a field -> its text when it got the focus: the base of a later merge
    let offline = false;

    const pageKey = () => storagePrefix + location.pathname + '|';
    const keyOf = (inputId) => pageKey() + inputId;
    // A form's text field: an input or text area whose id the form gave it ("<form prefix>-<field name>").
    const fieldOf = (el) => {
        if (!el || (el.tagName !== 'INPUT' && el.tagName !== 'TEXTAREA') || !el.id) {
            return null;
        }

        const field = el.closest('.schema-field');
        return field && el.id.endsWith('-' + field.dataset.field) ? field : null;
    };
    const newOpId = () => 'op-' + (crypto.randomUUID ? crypto.randomUUID().replaceAll('-', '') : Date.now().toString(36) + Math.random().toString(36).slice(2));

    function read(key) {
        try {
            return JSON.parse(localStorage.getItem(key) || 'null');
        } catch (e) {
            return null;
        }
    }

    function keep(el) {
        const field = fieldOf(el);
        const key = keyOf(el.id);
        const old = read(key);
        const draft = {
            opId: old ? old.opId : newOpId(),
            inputId: el.id,
            field: field.dataset.field,
            base: old ? old.base : (focusValues.has(el) ? focusValues.get(el) : el.value),
            value: el.value,
            at: new Date().toISOString(),
        };
        try {
            localStorage.setItem(key, JSON.stringify(draft));
        } catch (e) {
            // Storage full or disabled: the banner still says the text is not sent; nothing more can be done here.
        }
    }

    document.addEventListener('focusin', (e) => {
        if (fieldOf(e.target)) {
            focusValues.set(e.target, e.target.value);
        }
    }, true);

    document.addEventListener('input', (e) => {
        if (offline && fieldOf(e.target)) {
            keep(e.target);
        }
    }, true);

    // Online, a change reaches the server through the circuit like any other: a kept copy of that field is stale.
    document.addEventListener('change', (e) => {
        if (!fieldOf(e.target)) {
            return;
        }

        if (offline) {
            keep(e.target);
        } else {
            localStorage.removeItem(keyOf(e.target.id));
        }
    }, true);

    async function offer(idPrefix, key, draft) {
        const form = forms.get(idPrefix);
        if (!form || document.activeElement?.id === draft.inputId) {
            // Still being typed in: its own change event carries it once the person leaves the field.
            return;
        }

        try {
            const taken = await form.invokeMethodAsync('OfferUnsent', draft.field, draft.base, draft.value, draft.opId);
            if (taken && read(key)?.opId === draft.opId) {
                localStorage.removeItem(key);
            }
        } catch (e) {
            // The circuit went down again: the change stays kept and is offered on the next reconnect.
        }
    }

    function offerAll(onlyPrefix) {
        if (offline) {
            return;
        }

        for (let i = localStorage.length - 1; i >= 0; i--) {
            const key = localStorage.key(i);
            if (!key || !key.startsWith(pageKey())) {
                continue;
            }

            const draft = read(key);
            if (!draft) {
                continue;
            }

            for (const idPrefix of forms.keys()) {
                if ((!onlyPrefix || idPrefix === onlyPrefix) && idPrefix + '-' + draft.field === draft.inputId) {
                    offer(idPrefix, key, draft);
                }
            }
        }
    }

    window.dealRoom = window.dealRoom || {};

    // Called by each editable SchemaForm once it is live: kept changes of its fields are offered to it at once.
    window.dealRoom.registerForm = function (idPrefix, form) {
        forms.set(idPrefix, form);
        offerAll(idPrefix);
    };

    window.dealRoom.unregisterForm = function (idPrefix) {
        forms.delete(idPrefix);
    };

    // How many changes this page keeps unsent (for tests and diagnostics).
    window.dealRoom.unsentCount = function () {
        let count = 0;
        for (let i = 0; i < localStorage.length; i++) {
            count += localStorage.key(i)?.startsWith(pageKey()) ? 1 : 0;
        }

        return count;
    };

    function watch(banner) {
        const update = () => {
            const down = downClasses.some((c) => banner.classList.contains(c));
            const cameBack = offline && !down;
            offline = down;
            if (cameBack) {
                offerAll(null);
            }

            if (banner.classList.contains('components-reconnect-rejected')) {
                // The server no longer knows this circuit: a reload starts a new one, and offers the kept text again.
                location.reload();
            }
        };
        new MutationObserver(update).observe(banner, { attributes: true, attributeFilter: ['class'] });
        banner.addEventListener('click', async (e) => {
            const action = e.target.closest('[data-reconnect]')?.dataset.reconnect;
            if (action === 'reload') {
                location.reload();
            } else if (action === 'retry') {
                try {
                    if (!await Blazor.reconnect()) {
                        location.reload();
                    }
                } catch (err) {
                    // Still unreachable: the banner stays, and the person can try again.
                }
            }
        });
    }

    const banner = document.getElementById('components-reconnect-modal');
    if (banner) {
        watch(banner);
    }
})();
