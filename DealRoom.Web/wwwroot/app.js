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
