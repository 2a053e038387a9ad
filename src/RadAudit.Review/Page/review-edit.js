// Mouse editing on the canvas: drag on empty image to draw a box, drag a box to move it, drag a handle of the
// selected box to resize it, wheel to zoom, Shift+drag (or the middle button) to pan. Each finished drag is one edit.
'use strict';

RadAuditReview.attachMouse = app => {
  const canvas = app.view.canvas;
  let drag = null;

  const clampBox = (box, image) => {
    const x = Math.max(0, Math.min(box.x, image.width - 1)), y = Math.max(0, Math.min(box.y, image.height - 1));
    return { ...box, x, y, width: Math.min(box.width - (x - box.x), image.width - x), height: Math.min(box.height - (y - box.y), image.height - y) };
  };
  const rounded = box => ({ ...box, x: Math.round(box.x), y: Math.round(box.y), width: Math.max(1, Math.round(box.width)), height: Math.max(1, Math.round(box.height)) });

  const handleAt = (clientX, clientY) => {
    const boxes = app.boxes(), rect = canvas.getBoundingClientRect();
    if (app.selected < 0 || !boxes[app.selected]) return null;
    const x = clientX - rect.left, y = clientY - rect.top;
    return app.view.handles(boxes[app.selected]).find(handle => Math.abs(handle.x - x) <= 6 && Math.abs(handle.y - y) <= 6) || null;
  };

  const boxAt = point => {
    // The smallest box under the pointer, so a small box inside a large one can still be picked.
    let found = -1;
    app.boxes().forEach((box, index) => {
      const inside = point.x >= box.x && point.x <= box.x + box.width && point.y >= box.y && point.y <= box.y + box.height;
      if (inside && (found < 0 || box.width * box.height < app.boxes()[found].width * app.boxes()[found].height)) found = index;
    });
    return found;
  };

  canvas.addEventListener('mousedown', event => {
    const image = app.image();
    if (!image || !image.width) return;
    canvas.focus();
    const point = app.view.toImage(event.clientX, event.clientY);
    if (event.button === 1 || (event.button === 0 && event.shiftKey)) {
      drag = { mode: 'pan', last: { x: event.clientX, y: event.clientY } };
    } else if (event.button === 0) {
      const handle = handleAt(event.clientX, event.clientY), hit = boxAt(point);
      if (handle) drag = { mode: 'resize', edges: handle.edges, start: point, original: { ...app.boxes()[app.selected] } };
      else if (hit >= 0) { app.select(hit); drag = { mode: 'move', start: point, original: { ...app.boxes()[hit] } }; }
      else { app.select(-1); drag = { mode: 'draw', start: point }; }
      app.beginDraft();
    }
    event.preventDefault();
  });

  window.addEventListener('mousemove', event => {
    if (!drag) return;
    if (drag.mode === 'pan') {
      app.view.pan(event.clientX - drag.last.x, event.clientY - drag.last.y);
      drag.last = { x: event.clientX, y: event.clientY };
      app.redraw();
      return;
    }
    const image = app.image(), point = app.view.toImage(event.clientX, event.clientY);
    const dx = point.x - drag.start.x, dy = point.y - drag.start.y;
    if (drag.mode === 'draw') {
      const box = { x: Math.min(point.x, drag.start.x), y: Math.min(point.y, drag.start.y), width: Math.abs(dx), height: Math.abs(dy), kind: app.defaultKind, score: null };
      app.setDraftBox(drag.index, clampBox(box, image), index => { drag.index = index; });
    } else if (drag.mode === 'move') {
      const box = drag.original;
      const x = Math.max(0, Math.min(image.width - box.width, box.x + dx)), y = Math.max(0, Math.min(image.height - box.height, box.y + dy));
      app.setDraftBox(app.selected, { ...box, x, y });
    } else if (drag.mode === 'resize') {
      app.setDraftBox(app.selected, clampBox(resized(drag.original, drag.edges, dx, dy), image));
    }
  });

  window.addEventListener('mouseup', () => {
    if (!drag) return;
    const finished = drag;
    drag = null;
    if (finished.mode === 'pan') return;
    const boxes = app.draftBoxes();
    const index = finished.mode === 'draw' ? finished.index : app.selected;
    const box = index === undefined || index < 0 ? null : boxes[index];
    if (finished.mode === 'draw' && (!box || box.width < 3 || box.height < 3)) { app.cancelDraft(); return; }
    if (finished.mode !== 'draw' && (!box || sameBox(box, finished.original))) { app.cancelDraft(); return; }
    boxes[index] = rounded(box);
    app.commitDraft(finished.mode, boxes, index);
  });

  canvas.addEventListener('wheel', event => {
    if (!app.image()?.width) return;
    app.view.zoomBy(event.deltaY < 0 ? 1.2 : 1 / 1.2, app.view.toImage(event.clientX, event.clientY));
    app.redraw();
    event.preventDefault();
  }, { passive: false });

  function resized(box, edges, dx, dy) {
    let left = box.x, top = box.y, right = box.x + box.width, bottom = box.y + box.height;
    if (edges.includes('w')) left = Math.min(left + dx, right - 1);
    if (edges.includes('e')) right = Math.max(right + dx, left + 1);
    if (edges.includes('n')) top = Math.min(top + dy, bottom - 1);
    if (edges.includes('s')) bottom = Math.max(bottom + dy, top + 1);
    return { ...box, x: left, y: top, width: right - left, height: bottom - top };
  }

  function sameBox(a, b) {
    return Math.round(a.x) === b.x && Math.round(a.y) === b.y && Math.round(a.width) === b.width && Math.round(a.height) === b.height;
  }
};
