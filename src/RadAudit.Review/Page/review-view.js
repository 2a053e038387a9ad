// Draws one image and its boxes on the canvas, and maps between screen and image pixels. Decoded images are
// kept for the neighbours of the current one, so moving on draws at once.
'use strict';

RadAuditReview.View = class {
  constructor(canvas, imageUrl) {
    this.canvas = canvas;
    this.context = canvas.getContext('2d');
    this.imageUrl = imageUrl;
    this.decoded = new Map(); // image index -> Promise of a decoded HTMLImageElement
    this.image = null;        // { index, width, height }
    this.picture = null;      // the decoded element being shown
    this.zoom = 1;
    this.centre = { x: 0, y: 0 };
    this.colours = {};
    for (const kind of ['laterality', 'initials', 'text', 'other'])
      this.colours[kind] = getComputedStyle(document.documentElement).getPropertyValue(`--${kind === 'text' ? 'text-kind' : kind}`).trim();
  }

  /** Starts decoding image `index` (no-op when already started); resolves with the element. */
  load(index) {
    if (!this.decoded.has(index)) {
      const element = new Image();
      element.decoding = 'async';
      element.src = this.imageUrl(index);
      const ready = element.decode().then(() => element);
      ready.catch(() => this.decoded.delete(index));
      this.decoded.set(index, ready);
    }
    return this.decoded.get(index);
  }

  /** Keeps only the decoded images whose index is in `keep` (the current image and its neighbours). */
  retain(keep) {
    for (const index of [...this.decoded.keys()]) if (!keep.has(index)) this.decoded.delete(index);
  }

  /** Shows `image`, fitted; resolves once it is drawn (false when another image was asked for meanwhile). */
  async show(image, drawBoxes) {
    this.image = image;
    this.picture = null;
    this.fit();
    drawBoxes();
    if (!image.width) return true;
    const element = await this.load(image.index);
    if (this.image !== image) return false;
    this.picture = element;
    drawBoxes();
    return true;
  }

  fit() {
    this.zoom = 1;
    this.centre = { x: (this.image?.width || 0) / 2, y: (this.image?.height || 0) / 2 };
  }

  /** Zooms by `factor` around image point `around` (the view centre when absent). */
  zoomBy(factor, around) {
    this.zoom = Math.min(64, Math.max(0.25, this.zoom * factor));
    if (around) this.centre = { x: around.x, y: around.y };
  }

  pan(dx, dy) { this.centre = { x: this.centre.x - dx / this.scale(), y: this.centre.y - dy / this.scale() }; }

  /** Screen (CSS) pixels per image pixel. */
  scale() {
    const { width, height } = this.canvas.getBoundingClientRect();
    if (!this.image?.width) return 1;
    return Math.min(width / this.image.width, height / this.image.height) * 0.98 * this.zoom;
  }

  toImage(clientX, clientY) {
    const rect = this.canvas.getBoundingClientRect(), s = this.scale();
    return { x: (clientX - rect.left - rect.width / 2) / s + this.centre.x, y: (clientY - rect.top - rect.height / 2) / s + this.centre.y };
  }

  toScreen(x, y) {
    const rect = this.canvas.getBoundingClientRect(), s = this.scale();
    return { x: (x - this.centre.x) * s + rect.width / 2, y: (y - this.centre.y) * s + rect.height / 2 };
  }

  /** Redraws the image and `boxes`; `selected` gets handles. */
  draw(boxes, selected) {
    const ratio = window.devicePixelRatio || 1, rect = this.canvas.getBoundingClientRect();
    if (this.canvas.width !== Math.round(rect.width * ratio) || this.canvas.height !== Math.round(rect.height * ratio)) {
      this.canvas.width = Math.round(rect.width * ratio);
      this.canvas.height = Math.round(rect.height * ratio);
    }
    const context = this.context;
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    context.clearRect(0, 0, rect.width, rect.height);
    if (!this.image?.width) return;
    const origin = this.toScreen(0, 0), s = this.scale();
    context.imageSmoothingEnabled = s < 2;
    if (this.picture) context.drawImage(this.picture, origin.x, origin.y, this.image.width * s, this.image.height * s);
    boxes.forEach((box, index) => this.drawBox(box, index === selected));
  }

  drawBox(box, selected) {
    const context = this.context, corner = this.toScreen(box.x, box.y), s = this.scale();
    const colour = this.colours[box.kind] || '#fff';
    context.strokeStyle = colour;
    context.lineWidth = selected ? 3 : 2;
    // Detector boxes (with a score) are dashed until a person has checked them; hand-checked ones are solid.
    context.setLineDash(box.score === null || box.score === undefined ? [] : [6, 4]);
    context.strokeRect(corner.x, corner.y, box.width * s, box.height * s);
    context.setLineDash([]);
    const tag = box.score === null || box.score === undefined ? box.kind : `${box.kind} ${box.score.toFixed(2)}`;
    context.font = '12px system-ui, sans-serif';
    const baseline = Math.max(13, corner.y - 4);
    context.fillStyle = 'rgba(0, 0, 0, 0.65)'; // keeps the tag readable over bright bone or another box
    context.fillRect(corner.x - 2, baseline - 12, context.measureText(tag).width + 4, 15);
    context.fillStyle = colour;
    context.fillText(tag, corner.x, baseline);
    if (selected) for (const handle of this.handles(box)) context.fillRect(handle.x - 4, handle.y - 4, 8, 8);
  }

  /** The eight resize handles of `box` in screen pixels, each with the edges it moves. */
  handles(box) {
    const a = this.toScreen(box.x, box.y), b = this.toScreen(box.x + box.width, box.y + box.height);
    const mx = (a.x + b.x) / 2, my = (a.y + b.y) / 2;
    return [
      { x: a.x, y: a.y, edges: 'nw' }, { x: mx, y: a.y, edges: 'n' }, { x: b.x, y: a.y, edges: 'ne' }, { x: b.x, y: my, edges: 'e' },
      { x: b.x, y: b.y, edges: 'se' }, { x: mx, y: b.y, edges: 's' }, { x: a.x, y: b.y, edges: 'sw' }, { x: a.x, y: my, edges: 'w' },
    ];
  }
};
