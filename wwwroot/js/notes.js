// Page notes: posts a note in place and appends it to the thread, so a volunteer never leaves the page they
// are working on. Without this script the form posts normally and the server brings them back.
// Listens on the document, so threads a screen inserts later (GET /pages/{id}/notes?partial=1) work too.

const relative = new Intl.RelativeTimeFormat(undefined, { numeric: "auto" });
const units = [["year", 31536000], ["month", 2592000], ["week", 604800], ["day", 86400], ["hour", 3600], ["minute", 60]];

// Recent notes read better as "5 minutes ago"; the exact UTC time stays in the tooltip.
function relativeTimes(root) {
  for (const time of root.querySelectorAll("[data-notes] time[datetime]")) {
    const seconds = (Date.parse(time.dateTime) - Date.now()) / 1000;
    if (Number.isNaN(seconds) || Math.abs(seconds) > 7 * 86400) continue;
    if (!time.title) time.title = time.textContent;
    const [unit, size] = units.find(([, s]) => Math.abs(seconds) >= s) ?? ["second", 1];
    time.textContent = Math.abs(seconds) < 45 ? "just now" : relative.format(Math.round(seconds / size), unit);
  }
}

async function post(form) {
  const thread = form.closest("[data-notes]");
  const list = thread.querySelector("[data-notes-list]");
  const empty = thread.querySelector("[data-notes-empty]");
  const error = form.querySelector("[data-notes-error]");
  const status = form.querySelector("[data-notes-status]");
  const body = form.querySelector("textarea[name=body]");
  const button = form.querySelector("button[type=submit]");

  const fail = (message) => {
    error.textContent = message;
    body.setAttribute("aria-invalid", "true");
    body.classList.add("input-validation-error");
    status.textContent = "";
  };

  error.textContent = "";
  status.textContent = "Posting…";
  button.disabled = true;
  try {
    const response = await fetch(form.action, {
      method: "POST",
      body: new FormData(form),
      headers: { Accept: "application/json" },
      credentials: "same-origin",
    });
    const data = await response.json().catch(() => ({}));
    if (response.status === 201 && data.html) {
      list.insertAdjacentHTML("beforeend", data.html);
      relativeTimes(list);
      empty?.setAttribute("hidden", "");
      body.value = "";
      body.removeAttribute("aria-invalid");
      body.classList.remove("input-validation-error");
      status.textContent = "Your note is posted.";
    } else if (response.redirected || response.status === 401) {
      fail("You are logged out. Log in again in another tab, then post: your note is still here.");
    } else {
      fail(data.detail || `The note was not posted (error ${response.status}). Your text is still here; try again.`);
    }
  } catch {
    fail("The connection was lost. Your text is still here; try again in a moment.");
  } finally {
    button.disabled = false;
    body.focus();
  }
}

document.addEventListener("submit", (event) => {
  const form = event.target.closest?.("form[data-notes-form]");
  if (!form) return;
  event.preventDefault();
  post(form);
});

// Ctrl+Enter (⌘+Enter) posts, as in most comment boxes; Enter alone is a new line.
document.addEventListener("keydown", (event) => {
  if (event.key !== "Enter" || !(event.ctrlKey || event.metaKey)) return;
  const form = event.target.closest?.("form[data-notes-form]");
  if (form && event.target.name === "body") {
    event.preventDefault();
    form.requestSubmit();
  }
});

relativeTimes(document);
