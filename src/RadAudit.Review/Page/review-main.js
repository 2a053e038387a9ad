// The review page: state, navigation, edits and undo. Edits show at once and are saved in order; the server's
// answer (clipped boxes, scores cleared) replaces the local state. window.radauditReview lets tests look in.
'use strict';

(async () => {
  const find = id => document.getElementById(id);
  const api = RadAuditReview.api, panel = new RadAuditReview.Panel(find);
  const session = await api.session().catch(error => { find('progress').textContent = `cannot load the review: ${error.message}`; throw error; });
  const images = session.images.map((image, index) => ({ ...image, index }));
  let lastError = '';

  const app = {
    view: new RadAuditReview.View(find('canvas'), api.imageUrl),
    order: session.order,
    position: -1,
    selected: -1,
    draft: null,
    defaultKind: session.kinds[0],
    reviewed: session.reviewed,
    navigationStart: null,
    undoStack: [],
    timings: [],
    latestSave: new Map(),
    nudgeTimer: null,

    image: () => images[app.order[app.position]],
    boxes: () => app.draft || app.image()?.boxes || [],
    helpOpen: () => !find('help').hidden,

    async go(position) {
      app.flushNudge();
      const start = app.navigationStart ?? performance.now();
      app.navigationStart = null;
      if (position < 0 || position >= app.order.length || position === app.position) return;
      app.position = position;
      app.selected = -1;
      app.draft = null;
      history.replaceState(null, '', `${location.pathname}${location.search}#image=${app.order[position]}`);
      strip.select(position);
      app.refreshPanel();
      const shown = await app.view.show(app.image(), () => app.redraw());
      if (shown) requestAnimationFrame(() => app.timings.push(performance.now() - start));
      app.preload();
    },

    preload() {
      const near = [1, 2, 3, -1].map(step => app.order[app.position + step]).filter(index => index !== undefined);
      app.view.retain(new Set([app.order[app.position], ...near]));
      for (const index of near) if (images[index].width) app.view.load(index).catch(() => {});
    },

    redraw() {
      app.view.draw(app.boxes(), app.selected);
      panel.boxes(app.boxes(), app.selected, index => { app.select(index); });
    },

    refreshPanel() {
      panel.image(app.image(), app.position, app.order.length, app.defaultKind);
      panel.progress(app.reviewed, images.length);
      panel.saving(api.pending(), lastError);
    },

    select(index) { app.selected = index; app.redraw(); },

    cycle(step) {
      const count = app.boxes().length;
      if (count) app.select(((app.selected < 0 && step < 0 ? 0 : app.selected) + step + count) % count);
    },

    /** Records an edit of the current image: shown at once, saved in order, undoable. */
    commit(action, status, boxes, options = {}) {
      const image = app.image();
      if (!options.undoing) app.undoStack.push({ index: image.index, status: image.status, boxes: image.boxes.map(box => ({ ...box })) });
      if (app.undoStack.length > 1000) app.undoStack.shift();
      image.status = status;
      image.boxes = status === 'unreviewed' ? boxes : boxes.map(box => ({ ...box, score: null }));
      app.draft = null;
      strip.mark(app.order.indexOf(image.index), status);
      app.refreshPanel();
      app.redraw();
      const edit = { status, action, boxes: image.boxes.map(({ x, y, width, height, kind }) => ({ x, y, width, height, kind })) };
      const saving = api.save(image.index, edit);
      app.latestSave.set(image.index, saving);
      saving.then(answer => {
        lastError = '';
        app.reviewed = answer.reviewed;
        if (app.latestSave.get(image.index) !== saving) return; // a newer edit of this image is on its way
        image.status = answer.status;
        image.boxes = answer.boxes;
        strip.mark(app.order.indexOf(image.index), answer.status);
        if (app.image() === image && !app.draft) app.redraw();
        app.refreshPanel();
      }, error => { lastError = `Not saved: ${error.message}`; app.refreshPanel(); });
      return saving;
    },

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
      const position = app.order.indexOf(last.index);
      if (position !== app.position) app.go(position);
      app.selected = -1;
      app.commit('undo', last.status, last.boxes, { undoing: true });
    },

    zoom(factor) {
      const box = app.boxes()[app.selected];
      app.view.zoomBy(factor, box ? { x: box.x + box.width / 2, y: box.y + box.height / 2 } : null);
      app.redraw();
    },
    fit() { app.view.fit(); app.redraw(); },
    toggleHelp() { find('help').hidden = !find('help').hidden; },
    escape() { if (app.helpOpen()) app.toggleHelp(); else app.select(-1); },

    beginDraft() { app.draft = app.image().boxes.map(box => ({ ...box })); },
    draftBoxes() { return (app.draft || app.image().boxes).map(box => ({ ...box })); },
    cancelDraft() { app.draft = null; app.redraw(); },
    setDraftBox(index, box, onAdded) {
      if (index === undefined) { app.draft.push(box); app.selected = app.draft.length - 1; onAdded?.(app.selected); }
      else app.draft[index] = box;
      app.redraw();
    },
    commitDraft(mode, boxes, index) { app.selected = index; app.commit(mode, 'edited', boxes); },
  };

  const strip = new RadAuditReview.Strip(find('strip'), app.order, images, api.thumbnailUrl, position => app.go(position));
  api.onChange(() => panel.saving(api.pending(), lastError));
  RadAuditReview.attachMouse(app);
  RadAuditReview.attachKeys(app);
  find('help-button').addEventListener('click', () => app.toggleHelp());
  window.addEventListener('resize', () => app.redraw());
  window.addEventListener('beforeunload', event => { app.flushNudge(); if (api.pending() > 0) event.preventDefault(); });

  const fromHash = Number(new URLSearchParams(location.hash.slice(1)).get('image'));
  const start = Number.isInteger(fromHash) && location.hash ? app.order.indexOf(fromHash) : -1;
  await app.go(start >= 0 ? start : session.resume);
  find('canvas').focus();

  window.radauditReview = {
    ready: true,
    position: () => app.position,
    currentIndex: () => app.order[app.position],
    selected: () => app.selected,
    pending: () => api.pending(),
    answers: () => api.answers().map(answer => ({ path: images[answer.index].path, status: answer.status })),
    error: () => lastError,
    timings: app.timings,
    reviewed: () => app.reviewed,
    images: () => images.map(({ path, status, boxes }) => ({ path, status, boxes: boxes.map(box => ({ ...box })) })),
    toScreen: (x, y) => { const rect = app.view.canvas.getBoundingClientRect(), point = app.view.toScreen(x, y); return { x: point.x + rect.left, y: point.y + rect.top }; },
  };
})();
