// The keyboard map: everything the page does can be done from the keyboard (see the help overlay).
'use strict';

RadAuditReview.attachKeys = app => {
  const kinds = ['laterality', 'initials', 'text', 'other'];

  const arrows = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };

  const plain = {
    ArrowRight: () => app.go(app.position + 1),
    j: () => app.go(app.position + 1),
    ArrowLeft: () => app.go(app.position - 1),
    k: () => app.go(app.position - 1),
    Home: () => app.go(0),
    End: () => app.go(app.order.length - 1),
    Enter: () => app.accept(),
    a: () => app.accept(),
    n: () => app.noLabel(),
    b: () => app.newBox(),
    Delete: () => app.deleteSelected(),
    Backspace: () => app.deleteSelected(),
    u: () => app.undo(),
    '+': () => app.zoom(1.25),
    '=': () => app.zoom(1.25),
    '-': () => app.zoom(1 / 1.25),
    0: () => app.fit(),
    '?': () => app.toggleHelp(),
    Escape: () => app.escape(),
  };

  document.addEventListener('keydown', event => {
    // Keys typed while a form field has focus are the field's (the page has none today).
    if (event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement) return;
    const handled = handle(event);
    if (handled) event.preventDefault();
  });

  function handle(event) {
    const key = event.key, control = event.ctrlKey || event.metaKey;
    if (app.helpOpen() && key !== '?' && key !== 'Escape') return false;
    if (control && (key === 'z' || key === 'Z')) { app.undo(); return true; }
    if (key === 'Tab') { app.cycle(event.shiftKey ? -1 : 1); return true; }
    if (arrows[key] && (event.shiftKey || control)) {
      const [dx, dy] = arrows[key];
      if (control) app.nudge('resize', dx, dy);
      else app.nudge('move', dx, dy);
      return true;
    }
    if (kinds[Number(key) - 1] && !control && !event.altKey) { app.setKind(kinds[Number(key) - 1]); return true; }
    if (control || event.altKey) return false;
    const action = plain[key];
    if (!action) return false;
    // Navigation timing starts at the key press (go() reads it before its first await); cleared for keys that do not move.
    app.navigationStart = event.timeStamp;
    action();
    app.navigationStart = null;
    return true;
  }
};
