// The edits a person makes on the current image (accept, no label, delete, kind, new box, keyboard nudges,
// undo) and the draft a mouse drag works on; each ends in app.commit, which shows, saves and records it for undo.
'use strict';

RadAuditReview.addCommands = app => Object.assign(app, {
  accept() { app.flushNudge(); app.commit('accept', 'reviewed-as-is', app.image().boxes); app.go(app.position + 1); },
  noLabel() { app.flushNudge(); app.commit('no-label', 'no-label', []); app.go(app.position + 1); },

  deleteSelected() {
    app.flushNudge();
    if (app.selected < 0) return;
    const boxes = app.image().boxes.filter((_, index) => index !== app.selected);
    app.selected = -1;
    app.commit('delete', 'edited', boxes);
  },

  setKind(kind) {
    app.flushNudge();
    app.defaultKind = kind;
    app.refreshPanel();
    if (app.selected < 0) return;
    app.commit('kind', 'edited', app.image().boxes.map((box, index) => index === app.selected ? { ...box, kind } : box));
  },

  newBox() {
    app.flushNudge();
    const image = app.image();
    if (!image.width) return;
    const side = Math.max(4, Math.round(Math.max(image.width, image.height) / 10));
    const x = Math.round(Math.min(Math.max(0, app.view.centre.x - side / 2), image.width - side));
    const y = Math.round(Math.min(Math.max(0, app.view.centre.y - side / 2), image.height - side));
    const box = { x: Math.max(0, x), y: Math.max(0, y), width: Math.min(side, image.width), height: Math.min(side, image.height), kind: app.defaultKind, score: null };
    app.selected = image.boxes.length;
    app.commit('draw', 'edited', [...image.boxes, box]);
  },

  /** Shift/Ctrl+arrows: moves or resizes the selected box locally; saved as one edit once the keys rest. */
  nudge(mode, dx, dy) {
    const image = app.image();
    if (app.selected < 0) { if (mode === 'move') { app.view.pan(-dx * 40, -dy * 40); app.redraw(); } return; }
    if (app.nudgeMode && app.nudgeMode !== mode) app.flushNudge(); // a move after a resize is its own edit (and undo)
    if (!app.draft) { app.beginDraft(); app.nudgeMode = mode; }
    const step = Math.max(1, Math.round(Math.max(image.width, image.height) / 256));
    const box = { ...app.draft[app.selected] };
    if (mode === 'move') {
      box.x = Math.max(0, Math.min(image.width - box.width, box.x + dx * step));
      box.y = Math.max(0, Math.min(image.height - box.height, box.y + dy * step));
    } else {
      box.width = Math.max(1, Math.min(image.width - box.x, box.width + dx * step));
      box.height = Math.max(1, Math.min(image.height - box.y, box.height + dy * step));
    }
    app.setDraftBox(app.selected, box);
    clearTimeout(app.nudgeTimer);
    app.nudgeTimer = setTimeout(() => app.flushNudge(), 400);
  },

  flushNudge() {
    clearTimeout(app.nudgeTimer);
    if (app.nudgeMode && app.draft) app.commit(app.nudgeMode, 'edited', app.draft);
    app.nudgeMode = null;
  },

  undo() {
    app.flushNudge();
    const last = app.undoStack.pop();
    if (!last) return;
    const position = app.positionOf(last.index);
    if (position !== app.position) app.go(position);
    app.selected = -1;
    app.commit('undo', last.status, last.boxes, { undoing: true });
  },

  beginDraft() { app.draft = app.image().boxes.map(box => ({ ...box })); },
  draftBoxes() { return (app.draft || app.image().boxes).map(box => ({ ...box })); },
  cancelDraft() { app.draft = null; app.redraw(); },
  setDraftBox(index, box, onAdded) {
    if (index === undefined) { app.draft.push(box); app.selected = app.draft.length - 1; onAdded?.(app.selected); }
    else app.draft[index] = box;
    app.redraw();
  },
  commitDraft(mode, boxes, index) { app.selected = index; app.commit(mode, 'edited', boxes); }
});
