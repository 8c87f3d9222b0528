// Live presence in the browser: only the viewer's choice to share their pointer with the room, remembered in this
// browser. Drags and pointers themselves travel on the circuit (the canvas already reports every pointer move).
window.dealRoomSignals = {
    key: 'dealroom-share-cursor',
    isCursorShared: function () {
        try {
            return localStorage.getItem(this.key) !== 'off';
        } catch (e) {
            return true;
        }
    },
    setCursorShared: function (shared) {
        try {
            localStorage.setItem(this.key, shared ? 'on' : 'off');
        } catch (e) {
            // Private mode without storage: the choice lasts for this page only.
        }
    },
};
