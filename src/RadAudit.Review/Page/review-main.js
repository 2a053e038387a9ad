// The review page: state, navigation, and commit (every edit goes through it: shown at once, saved in order, the
// server's answer with clipped boxes and cleared scores replacing the local state). window.radauditReview lets
// tests look in.
'use strict';

(async () => {
  const find = id => document.getElementById(id);
  const api = RadAuditReview.api, panel = new RadAuditReview.Panel(find);
  const session = await api.session().catch(error => { find('progress').textContent = `cannot load the review: ${error.message}`; throw error; });
  const images = session.images.map((image, index) => ({ ...image, index }));
  const positions = new Map(session.order.map((index, position) => [index, position]));
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
    positionOf: index => positions.get(index),
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
      strip.mark(app.positionOf(image.index), status);
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
        strip.mark(app.positionOf(image.index), answer.status);
        if (app.image() === image && !app.draft) app.redraw();
        app.refreshPanel();
      }, error => { lastError = `Not saved: ${error.message}`; app.refreshPanel(); });
      return saving;
    },

    zoom(factor) {
      const box = app.boxes()[app.selected];
      app.view.zoomBy(factor, box ? { x: box.x + box.width / 2, y: box.y + box.height / 2 } : null);
      app.redraw();
    },
    fit() { app.view.fit(); app.redraw(); },
    toggleHelp() { find('help').hidden = !find('help').hidden; },
    escape() { if (app.helpOpen()) app.toggleHelp(); else app.select(-1); },
  };

  RadAuditReview.addCommands(app);
  const strip = new RadAuditReview.Strip(find('strip'), app.order, images, api.thumbnailUrl, position => app.go(position));
  api.onChange(() => panel.saving(api.pending(), lastError));
  RadAuditReview.attachMouse(app);
  RadAuditReview.attachKeys(app);
  find('help-button').addEventListener('click', () => app.toggleHelp());
  window.addEventListener('resize', () => app.redraw());
  window.addEventListener('beforeunload', event => { app.flushNudge(); if (api.pending() > 0) event.preventDefault(); });

  const fromHash = Number(new URLSearchParams(location.hash.slice(1)).get('image'));
  const start = location.hash && positions.has(fromHash) ? positions.get(fromHash) : -1;
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
