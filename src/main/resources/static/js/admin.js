// The newsroom's small scripts: live Markdown preview, label suggestions, confirmations.
// Everything also works without them (the Preview button renders on the server).
document.addEventListener('DOMContentLoaded', () => {
  const body = document.getElementById('body');
  const preview = document.getElementById('preview');
  if (body && preview) {
    const token = body.form.querySelector('input[name="_csrf"]');
    let timer;
    let latest = 0;
    const render = () => {
      const sent = ++latest;
      const data = new URLSearchParams({ markdown: body.value });
      if (token) data.append('_csrf', token.value);
      fetch('/admin/preview', { method: 'POST', body: data, credentials: 'same-origin' })
        .then((response) => (response.ok ? response.text() : Promise.reject(response.status)))
        // sanitised by the server, as on the public page; an answer overtaken by a newer one is dropped
        .then((html) => { if (sent === latest) preview.innerHTML = html; })
        .catch(() => {});
    };
    body.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(render, 300); });
    render();
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

  document.querySelectorAll('form[data-confirm]').forEach((form) => {
    form.addEventListener('submit', (event) => {
      if (!window.confirm(form.dataset.confirm)) event.preventDefault();
    });
  });
});
