// Talks to the review server: the token from this page's address, the session, and edits saved one at a time
// in the order they were made (each is in the journal on disk before the server answers).
'use strict';
window.RadAuditReview = window.RadAuditReview || {};

RadAuditReview.api = (() => {
  const token = new URLSearchParams(location.search).get('token') || '';
  const headers = { 'X-RadAudit-Token': token };
  let queue = Promise.resolve();
  let pending = 0;
  const answers = [];
  const listeners = { change: () => {} };

  async function readJson(response) {
    const body = await response.json().catch(() => ({}));
    if (!response.ok) throw new Error(body.error || `HTTP ${response.status}`);
    return body;
  }

  return {
    /** URL of image `index` (the token rides in the query: an <img> cannot send headers). */
    imageUrl: index => `/api/images/${index}?token=${encodeURIComponent(token)}`,
    thumbnailUrl: index => `/api/thumbnails/${index}?token=${encodeURIComponent(token)}`,
    session: () => fetch('/api/session', { headers, cache: 'no-store' }).then(readJson),
    /** Edits still on their way to the disk. */
    pending: () => pending,
    /** Every answer the server gave, in order: { index, status } (each edit it acknowledged was on disk). */
    answers: () => answers.slice(),
    onChange: callback => { listeners.change = callback; },
    /** Queues one edit of image `index`; resolves with the server's state of that image. */
    save(index, edit) {
      pending++;
      listeners.change();
      const attempt = queue.then(() => fetch(`/api/images/${index}/review`, {
        method: 'POST',
        headers: { ...headers, 'Content-Type': 'application/json' },
        body: JSON.stringify(edit),
      })).then(readJson).then(answer => { answers.push({ index: answer.index, status: answer.status }); return answer; });
      queue = attempt.catch(() => {}).finally(() => { pending--; listeners.change(); });
      return attempt;
    },
  };
})();
