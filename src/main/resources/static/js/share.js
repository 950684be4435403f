// The article page's "Share…" button: shown only where the browser can hand the page to the
// device's own sharing (the Web Share API); the plain links beside it work everywhere.
(function () {
  'use strict';
  var item = document.querySelector('.share-device');
  if (!item || typeof navigator.share !== 'function') {
    return;
  }
  var button = item.querySelector('button');
  item.hidden = false;
  button.addEventListener('click', function () {
    navigator.share({ title: button.dataset.title, url: button.dataset.url }).catch(function () {
      // Closed or refused by the reader: nothing to do.
    });
  });
})();
