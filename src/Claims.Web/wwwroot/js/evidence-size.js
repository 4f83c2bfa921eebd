// Evidence over the size limit is refused before it is uploaded: a 36 MB video over a warehouse's mobile connection
// would take minutes only to be refused. Each file input with data-max-bytes says, beside itself and in the page's
// language (the messages come from the page: data-too-large), which files are too large, and its form is not sent while
// any is (the forms are novalidate, so this listens for the submit itself). The server checks again: pages still work
// without script.
(function () {
  'use strict';

  // As the server writes sizes (EvidenceUploads.Size): "20 MB", "20.5 MB", "300 KB".
  function size(bytes) {
    if (bytes >= 1024 * 1024) {
      return String(Math.round(bytes / 1024 / 1024 * 10) / 10) + ' MB';
    }
    return String(Math.max(1, Math.floor(bytes / 1024))) + ' KB';
  }

  function check(input) {
    var max = Number(input.getAttribute('data-max-bytes'));
    var template = input.getAttribute('data-too-large') || '';
    var lines = [];
    for (var i = 0; i < input.files.length; i++) {
      var file = input.files[i];
      if (file.size > max) {
        lines.push(template.replace('{0}', file.name).replace('{1}', size(file.size)));
      }
    }
    var shown = document.getElementById(input.id + '-error');
    if (!shown) {
      shown = document.createElement('span');
      shown.id = input.id + '-error';
      shown.className = 'error';
      shown.setAttribute('role', 'alert');
      input.parentNode.appendChild(shown);
    }
    shown.textContent = lines.join(' ');
    input.setCustomValidity(lines.join(' '));
    input.setAttribute('aria-invalid', lines.length > 0 ? 'true' : 'false');
    input.classList.toggle('input-validation-error', lines.length > 0);
  }

  function hold(e) {
    var inputs = e.target.querySelectorAll('input[type=file][data-max-bytes]');
    for (var i = 0; i < inputs.length; i++) {
      if (!inputs[i].validity.valid) {
        e.preventDefault();
        inputs[i].focus();
        inputs[i].scrollIntoView({ block: 'center' });
        return;
      }
    }
  }

  var inputs = document.querySelectorAll('input[type=file][data-max-bytes]');
  for (var i = 0; i < inputs.length; i++) {
    inputs[i].addEventListener('change', function (e) { check(e.target); });
    if (inputs[i].form) {
      inputs[i].form.addEventListener('submit', hold);
    }
  }
})();
