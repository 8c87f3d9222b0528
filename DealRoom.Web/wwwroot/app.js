// DealRoom's own browser functions (called through IJSRuntime). Kept tiny: everything else is Blazor.
window.dealRoom = window.dealRoom || {};

// Copies text to the clipboard. navigator.clipboard needs a secure context (https, or localhost); elsewhere the old
// select-and-copy path still works. Resolves to false when neither does, so the page can say "copy it by hand".
window.dealRoom.copyText = async function (text) {
    try {
        if (navigator.clipboard && window.isSecureContext) {
            await navigator.clipboard.writeText(text);
            return true;
        }
    } catch (e) {
        // Fall through to the select-and-copy path.
    }

    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.appendChild(area);
    area.select();
    let copied = false;
    try {
        copied = document.execCommand('copy');
    } catch (e) {
        copied = false;
    }
    area.remove();
    return copied;
};

// Remembers the theme for a year (the server reads the cookie and draws the next page in it) and switches the body
// class that the app's own colours follow (MudBlazor's follow its theme provider).
window.dealRoom.setTheme = function (dark) {
    document.cookie = 'dealroom-theme=' + (dark ? 'dark' : 'light') + '; path=/; max-age=31536000; samesite=lax';
    document.body.classList.toggle('theme-dark', dark);
};

// Ctrl+Z / Cmd+Z undoes the viewer's own last change in the room, Ctrl+Shift+Z (or Ctrl+Y) redoes it. A text field
// keeps its own undo: the keys pass through while one has the focus. Returns { dispose } to stop listening.
window.dealRoom.listenUndoKeys = function (target) {
    const handler = function (e) {
        if (!(e.ctrlKey || e.metaKey) || e.altKey) {
            return;
        }
        const key = (e.key || '').toLowerCase();
        const redo = (key === 'z' && e.shiftKey) || (key === 'y' && !e.shiftKey);
        if (key !== 'z' && !redo) {
            return;
        }
        const focused = document.activeElement;
        if (focused && (focused.isContentEditable || /^(input|textarea|select)$/i.test(focused.tagName))) {
            return;
        }
        e.preventDefault();
        target.invokeMethodAsync(redo ? 'RedoFromKeyboard' : 'UndoFromKeyboard');
    };
    document.addEventListener('keydown', handler);
    return { dispose: function () { document.removeEventListener('keydown', handler); } };
};

// The map canvas's own gestures, which the diagram library does not have. `canvas` is the .map-canvas element,
// `target` a .NET object with CentreOn(x, y) and Pinch(factor, screenX, screenY, panX, panY). Returns { dispose }.
// - The minimap: a click or a drag in it centres the view there (its SVG viewBox is in map coordinates, so the
//   pointer's map point is the SVG's screen transform inverted).
// - Touch: the library pans with one finger (its canvas has touch-action: none) but reads two fingers as two pans.
//   While a second finger is down, touch pointer events stop here, before the library hears them: the first finger's
//   press is ended for it (a synthetic pointerup), and the pinch zooms about the point between the fingers and pans
//   as that point moves. The fingers left after a pinch do nothing until all are lifted.
window.dealRoom.watchCanvas = function (canvas, target) {
    const touches = new Map();
    let pinch = null;
    let suppressing = false;
    let pending = null;
    let sending = false;
    let minimapDrag = null;

    const send = function () {
        if (sending || !pending) {
            return;
        }
        const step = pending;
        pending = null;
        sending = true;
        const call = step.kind === 'centre'
            ? target.invokeMethodAsync('CentreOn', step.x, step.y)
            : target.invokeMethodAsync('Pinch', step.factor, step.screenX, step.screenY, step.panX, step.panY);
        call.catch(function () { }).finally(function () {
            sending = false;
            send();
        });
    };

    const minimapPoint = function (e) {
        const minimap = canvas.querySelector('.map-minimap svg');
        const matrix = minimap && minimap.getScreenCTM();
        if (!matrix) {
            return null;
        }
        const point = new DOMPoint(e.clientX, e.clientY).matrixTransform(matrix.inverse());
        return { kind: 'centre', x: point.x, y: point.y };
    };

    const inMinimap = function (e) {
        const minimap = canvas.querySelector('.map-minimap');
        return minimap && minimap.contains(e.target);
    };

    const geometry = function () {
        const [a, b] = Array.from(touches.values());
        const rect = canvas.getBoundingClientRect();
        return {
            distance: Math.max(Math.hypot(a.x - b.x, a.y - b.y), 1),
            x: ((a.x + b.x) / 2) - rect.left,
            y: ((a.y + b.y) / 2) - rect.top,
        };
    };

    const onPointer = function (e) {
        // The pointerup sent to the library below comes back here: it is not the user's.
        if (!e.isTrusted || !canvas.contains(e.target)) {
            return;
        }

        if (e.pointerType !== 'touch' && (minimapDrag !== null || (e.type === 'pointerdown' && inMinimap(e)))) {
            e.stopPropagation();
            if (e.type === 'pointerdown') {
                minimapDrag = e.pointerId;
            } else if (e.pointerId !== minimapDrag) {
                return;
            }
            if (e.type === 'pointerup' || e.type === 'pointercancel') {
                minimapDrag = null;
                return;
            }
            pending = minimapPoint(e) || pending;
            send();
            return;
        }

        if (e.pointerType !== 'touch') {
            return;
        }

        if (e.type === 'pointerdown') {
            touches.set(e.pointerId, { x: e.clientX, y: e.clientY });
            if (touches.size === 2) {
                // The library heard the first finger go down: end that press for it, then it hears no touch until
                // every finger is up again.
                const [first] = touches.keys();
                e.target.dispatchEvent(new PointerEvent('pointerup', { bubbles: true, pointerId: first, pointerType: 'touch', clientX: touches.get(first).x, clientY: touches.get(first).y }));
                suppressing = true;
                pinch = geometry();
            }
        } else if (e.type === 'pointermove' && touches.has(e.pointerId)) {
            touches.set(e.pointerId, { x: e.clientX, y: e.clientY });
            if (pinch && touches.size === 2) {
                const now = geometry();
                const step = pending && pending.kind === 'pinch' ? pending : { kind: 'pinch', factor: 1, panX: 0, panY: 0 };
                step.factor *= now.distance / pinch.distance;
                step.panX += now.x - pinch.x;
                step.panY += now.y - pinch.y;
                step.screenX = now.x;
                step.screenY = now.y;
                pending = step;
                pinch = now;
                send();
            }
        } else if (e.type === 'pointerup' || e.type === 'pointercancel') {
            touches.delete(e.pointerId);
            if (touches.size < 2) {
                pinch = null;
            }
        }

        if (suppressing) {
            e.stopPropagation();
            if (touches.size === 0) {
                suppressing = false;
            }
        }
    };

    const types = ['pointerdown', 'pointermove', 'pointerup', 'pointercancel'];
    types.forEach(function (type) { window.addEventListener(type, onPointer, true); });
    return {
        dispose: function () {
            types.forEach(function (type) { window.removeEventListener(type, onPointer, true); });
        },
    };
};
