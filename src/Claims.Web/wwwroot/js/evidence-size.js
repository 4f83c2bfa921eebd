// Evidence over the size limit is refused before it is uploaded: a 36 MB video over a warehouse's mobile connection
// would take minutes only to be refused. Each file input with data-max-bytes says, beside itself and in the page's
// language (the messages come from the page: data-too-large), which files are too large, and its form is not sent while
// any is (this listens for the submit itself: the report form is novalidate). The server checks again: pages still work
// without script.
(function () {
  'use strict';

  // A file's size as the server writes it (EvidenceUploads.Size, rounded up): "20.1 MB", "300 KB".
  function size(bytes) {
    if (bytes >= 1024 * 1024) {
      return String(Math.ceil(bytes * 10 / 1024 / 1024) / 10) + ' MB';
    }
    return String(Math.max(1, Math.ceil(bytes / 1024))) + ' KB';
  }

  function check(input, quiet) {
    var max = Number(input.getAttribute('data-max-bytes'));
    var template = input.getAttribute('data-too-large') || '';
    var lines = [];
    for (var i = 0; i < input.files.length; i++) {
      var file = input.files[i];
      if (file.size > max) {
        // One pass: a file's own name may hold "{1}" or "$&".
        lines.push(template.replace(/\{([01])\}/g, function (_, i) { return i === '0' ? file.name : size(file.size); }));
      }
    }
    var shown = document.getElementById(input.id + '-error');
    // Quiet (on load): a file the browser restored is checked, but the server's own message is left as it is.
    if (quiet && lines.length === 0) {
      return;
    }
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
      check(inputs[i], true);
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
    // Back and reload can bring a chosen file back without a change event.
    check(inputs[i], true);
  }
})();
