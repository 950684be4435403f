// The import page's progress bar: asks the server how far the import is every second and
// reloads the page when it has ended. Without script, reloading the page shows the same.
document.addEventListener('DOMContentLoaded', () => {
  const box = document.querySelector('[data-import-progress]');
  if (!box) return;
  const bar = document.getElementById('import-bar');
  const text = document.getElementById('import-text');
  const poll = () => {
    fetch(box.dataset.url, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then((response) => (response.ok ? response.json() : Promise.reject(response.status)))
      .then((progress) => {
        bar.value = progress.percent;
        bar.textContent = `${progress.percent} %`;
        text.textContent = progress.text;
        if (progress.running) setTimeout(poll, 1000);
        else window.location.reload();
      })
      .catch(() => setTimeout(poll, 5000));
  };
  setTimeout(poll, 1000);
});
