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
