// The newsroom's small scripts: live Markdown preview, picture uploads, label suggestions, bulk
// buttons, confirmations.
// Everything also works without them (the Preview button renders on the server).
document.addEventListener('DOMContentLoaded', () => {
  const body = document.getElementById('body');
  const preview = document.getElementById('preview');
  const remote = document.getElementById('preview-remote');
  if (body && preview) {
    const token = body.form.querySelector('input[name="_csrf"]');
    let timer;
    let latest = 0;
    const render = () => {
      const sent = ++latest;
      const data = new URLSearchParams({ markdown: body.value });
      if (token) data.append('_csrf', token.value);
      fetch('/admin/preview', { method: 'POST', body: data, credentials: 'same-origin' })
        .then((response) => (response.ok
          ? response.text().then((html) => ({ html, remote: Number(response.headers.get('Gazette-Remote-Images')) }))
          : Promise.reject(response.status)))
        // sanitised by the server, as on the public page; an answer overtaken by a newer one is dropped
        .then((answer) => {
          if (sent !== latest) return;
          preview.innerHTML = answer.html;
          if (remote) remote.hidden = !(answer.remote > 0);
        })
        .catch(() => {});
    };
    body.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(render, 300); });
    render();
  }

  // Pictures on other sites into the library: the Markdown comes back with the library's copies.
  if (body && remote) {
    const button = remote.querySelector('button');
    const status = document.getElementById('bring-in-status');
    const token = body.form.querySelector('input[name="_csrf"]');
    button.hidden = false;
    button.addEventListener('click', () => {
      const data = new URLSearchParams({ markdown: body.value });
      if (token) data.append('_csrf', token.value);
      button.disabled = true;
      body.readOnly = true;
      status.textContent = remote.dataset.working;
      fetch(remote.dataset.bringInUrl, { method: 'POST', body: data, credentials: 'same-origin' })
        .then((response) => response.json().then((answer) => ({ ok: response.ok, answer })))
        .then(({ ok, answer }) => {
          if (!ok || typeof answer.markdown !== 'string') return Promise.reject(answer.error);
          body.value = answer.markdown;
          body.dispatchEvent(new Event('input'));
          status.textContent = [answer.message].concat(answer.failures).join(' ');
          return null;
        })
        .catch((error) => { status.textContent = typeof error === 'string' ? error : remote.dataset.failed; })
        .finally(() => { button.disabled = false; body.readOnly = false; });
    });
  }

  // Pictures into the text: the button, a drop or a paste uploads each one and inserts its Markdown at the cursor.
  const uploader = document.querySelector('[data-upload-url]');
  if (body && uploader) {
    uploader.hidden = false;
    const picker = uploader.querySelector('input[type="file"]');
    const progress = uploader.querySelector('progress');
    const status = uploader.querySelector('[role="status"]');
    const token = body.form.querySelector('input[name="_csrf"]');
    const say = (text, error) => { status.textContent = text; status.classList.toggle('error', Boolean(error)); };
    const insert = (markdown) => {
      const before = body.value.slice(0, body.selectionStart);
      const after = body.value.slice(body.selectionEnd);
      const text = (before && !before.endsWith('\n') ? '\n\n' : '') + markdown + (after.startsWith('\n') ? '' : '\n\n');
      body.setRangeText(text, body.selectionStart, body.selectionEnd, 'end');
      body.dispatchEvent(new Event('input'));
    };
    const send = (file) => {
      const name = file.name || 'image';
      const data = new FormData();
      data.append('file', file, name);
      const request = new XMLHttpRequest();
      request.open('POST', uploader.dataset.uploadUrl);
      if (token) request.setRequestHeader('X-CSRF-TOKEN', token.value);
      request.responseType = 'json';
      request.upload.onprogress = (event) => {
        if (event.lengthComputable) { progress.max = event.total; progress.value = event.loaded; }
      };
      request.onloadend = () => {
        progress.hidden = true;
        const answer = request.response || {};
        if (request.status === 200 && answer.markdown) {
          insert(answer.markdown);
          say(uploader.dataset.uploaded.replace('{0}', name));
        } else {
          say(answer.error || (request.status === 413 ? uploader.dataset.tooLarge : uploader.dataset.failed), true);
        }
      };
      progress.removeAttribute('value');
      progress.hidden = false;
      say(uploader.dataset.uploading.replace('{0}', name));
      request.send(data);
    };
    const files = (list) => Array.from(list || []).filter((file) => file.type.startsWith('image/'));
    uploader.querySelector('button').addEventListener('click', () => picker.click());
    picker.addEventListener('change', () => { files(picker.files).forEach(send); picker.value = ''; });
    body.addEventListener('dragover', (event) => {
      if (Array.from(event.dataTransfer.types).includes('Files')) event.preventDefault();
    });
    body.addEventListener('drop', (event) => {
      const dropped = files(event.dataTransfer.files);
      if (dropped.length) { event.preventDefault(); dropped.forEach(send); }
    });
    body.addEventListener('paste', (event) => {
      const pasted = files(event.clipboardData && event.clipboardData.files);
      if (pasted.length) { event.preventDefault(); pasted.forEach(send); }
    });
  }

  const labels = document.getElementById('labels');
  document.querySelectorAll('[data-label-suggestion]').forEach((button) => {
    button.addEventListener('click', () => {
      const names = labels.value.split(',').map((name) => name.trim()).filter(Boolean);
      const wanted = button.dataset.labelSuggestion;
      if (!names.some((name) => name.toLowerCase() === wanted.toLowerCase())) names.push(wanted);
      labels.value = names.join(', ');
    });
  });

  // Bulk buttons wait for a ticked row (without this script the server answers that none was ticked).
  document.querySelectorAll('[data-bulk]').forEach((bar) => {
    const form = bar.closest('form');
    const buttons = bar.querySelectorAll('button');
    const update = () => {
      const none = !form.querySelector('input[name="ids"]:checked');
      buttons.forEach((button) => { button.disabled = none; });
    };
    form.addEventListener('change', update);
    update();
  });

  document.querySelectorAll('form[data-confirm]').forEach((form) => {
    form.addEventListener('submit', (event) => {
      if (!window.confirm(form.dataset.confirm)) event.preventDefault();
    });
  });

  // The publish time as the site writes dates (its date-header pattern, then the short time), whatever
  // order the browser's own field uses. The field holds the site's wall-clock time: read and written as UTC.
  const reads = document.getElementById('publishAt-reads');
  const publishAt = document.getElementById('publishAt');
  if (reads && publishAt) {
    const { locale, pattern, empty } = reads.dataset;
    const part = (at, options) => new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...options }).format(at);
    const token = (at, t) => {
      const n = t.length;
      switch (t[0]) {
        case 'E': return part(at, { weekday: n >= 4 ? 'long' : 'short' });
        case 'M': case 'L': return n >= 3 ? part(at, { month: n >= 4 ? 'long' : 'short' })
          : String(at.getUTCMonth() + 1).padStart(n, '0');
        case 'd': return String(at.getUTCDate()).padStart(n, '0');
        default: return n === 2 ? String(at.getUTCFullYear()).slice(-2) : String(at.getUTCFullYear());
      }
    };
    const write = (at) => pattern.replace(/'([^']*)'|E+|M+|L+|d+|y+|u+/g, (t, quoted) => (
      quoted === undefined ? token(at, t) : quoted || "'")) + ', ' + part(at, { timeStyle: 'short' });
    publishAt.addEventListener('input', () => {
      const at = publishAt.value ? new Date(publishAt.value + 'Z') : null;
      reads.textContent = at && !Number.isNaN(at.getTime()) ? write(at) : empty;
    });
  }
});
