// The thumbnail strip (review order) and the side panel: progress, the image's path, status and boxes.
// Everything from the data is set with textContent, never parsed as HTML.
'use strict';

RadAuditReview.Strip = class {
  constructor(element, order, images, thumbnailUrl, onPick) {
    this.element = element;
    this.items = [];
    // Thumbnails load only when near the visible part of the strip (thousands of images in a set).
    const observer = new IntersectionObserver(entries => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        const image = entry.target.querySelector('img');
        if (!image.src) image.src = thumbnailUrl(Number(entry.target.dataset.index));
        observer.unobserve(entry.target);
      }
    }, { root: element, rootMargin: '0px 800px' });
    order.forEach((index, position) => {
      const item = document.createElement('div');
      item.className = `thumb ${images[index].status}`;
      item.dataset.index = String(index);
      item.title = images[index].path;
      item.append(Object.assign(document.createElement('img'), { alt: '', decoding: 'async' }));
      item.addEventListener('click', () => onPick(position));
      element.append(item);
      observer.observe(item);
      this.items.push(item);
    });
    this.current = -1;
  }

  /** Shows the status of the image at `position`. */
  mark(position, status) {
    const item = this.items[position];
    item.className = `thumb ${status}${position === this.current ? ' current' : ''}`;
  }

  /** Highlights `position` and scrolls it into the middle of the strip. */
  select(position) {
    this.items[this.current]?.classList.remove('current');
    this.current = position;
    const item = this.items[position];
    item.classList.add('current');
    this.element.scrollLeft = item.offsetLeft - this.element.clientWidth / 2 + item.offsetWidth / 2;
  }
};

RadAuditReview.Panel = class {
  constructor(find) { this.find = find; }

  progress(reviewed, total) {
    this.find('progress').textContent = `${reviewed.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} reviewed`;
  }

  saving(pending, error) {
    this.find('saving').textContent = pending > 0 ? 'saving…' : 'all edits saved';
    const box = this.find('error');
    box.hidden = !error;
    box.textContent = error || '';
  }

  image(image, position, total, defaultKind) {
    this.find('position').textContent = `${(position + 1).toLocaleString('en-US')} / ${total.toLocaleString('en-US')}`;
    const status = this.find('status');
    status.textContent = image.status.replaceAll('-', ' ');
    status.className = `status ${image.status}`;
    this.find('path').textContent = image.path;
    this.find('doubt').textContent = image.doubt.toFixed(2);
    this.find('default-kind').textContent = defaultKind;
    const message = this.find('stage-message');
    message.hidden = !image.problem;
    message.textContent = image.problem ? `This image cannot be shown: ${image.problem}` : '';
  }

  boxes(boxes, selected, onSelect) {
    const list = this.find('boxes');
    list.replaceChildren(...boxes.map((box, index) => {
      const row = document.createElement('li');
      row.className = index === selected ? 'selected' : '';
      const swatch = Object.assign(document.createElement('span'), { className: `swatch ${box.kind}` });
      const score = box.score === null || box.score === undefined ? 'checked' : box.score.toFixed(2);
      const text = document.createElement('span');
      text.textContent = `${box.kind} · ${score} · ${box.width}×${box.height} at ${box.x},${box.y}`;
      row.append(swatch, text);
      row.addEventListener('click', () => onSelect(index));
      return row;
    }));
  }
};
