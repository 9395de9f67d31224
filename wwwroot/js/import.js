// Import page: uploads with a progress bar (fetch cannot report upload progress, XMLHttpRequest can).
// Without this script the form still posts normally.
for (const form of document.querySelectorAll("[data-upload-form]")) {
  const progress = form.querySelector("[data-upload-progress]");
  const bar = progress.querySelector("progress");
  const status = form.querySelector("[data-upload-status]");
  const error = form.querySelector("[data-upload-error]");
  const button = form.querySelector("button[type=submit]");

  form.addEventListener("submit", (event) => {
    if (!form.checkValidity()) return;
    event.preventDefault();
    const request = new XMLHttpRequest();
    request.open("POST", form.action);
    request.setRequestHeader("Accept", "application/json");
    request.upload.addEventListener("progress", (e) => {
      if (!e.lengthComputable) return;
      const percent = Math.round((e.loaded / e.total) * 100);
      bar.value = percent;
      status.textContent = percent < 100 ? `Uploading… ${percent}%` : "Checking the images…";
    });
    request.addEventListener("load", () => {
      let body = {};
      try { body = JSON.parse(request.responseText); } catch { /* an HTML error page */ }
      if (request.status >= 200 && request.status < 300 && body.redirect) {
        status.textContent = body.notice || "Imported.";
        window.location.assign(body.redirect);
        return;
      }
      fail(body.detail || `The import failed (${request.status}). Nothing was stored; please try again.`);
    });
    request.addEventListener("error", () => fail("The connection was lost during the upload. Nothing was stored; please try again."));
    error.textContent = "";
    progress.hidden = false;
    bar.value = 0;
    status.textContent = "Uploading…";
    button.disabled = true;
    request.send(new FormData(form));
  });

  function fail(message) {
    error.textContent = message;
    progress.hidden = true;
    button.disabled = false;
  }
}
