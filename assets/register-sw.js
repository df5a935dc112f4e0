// Registers Kindred's service worker for the standalone page only (never
// for an embedded widget, which must not touch its host's origin), and
// offers a calm update when a new build has been installed.
const UPDATE_MESSAGE = "kindred-update";

function offerUpdate(worker) {
  if (document.querySelector(".kindred-update")) return;
  const bar = document.createElement("div");
  bar.className = "kindred-update";
  bar.setAttribute("role", "status");
  const text = document.createElement("p");
  text.textContent = "A new version of Kindred is ready. Your answers are kept.";
  const button = document.createElement("button");
  button.type = "button";
  button.textContent = "Update";
  button.addEventListener("click", () => {
    button.disabled = true;
    worker.postMessage(UPDATE_MESSAGE);
  });
  bar.append(text, button);
  document.body.prepend(bar);
}

function serviceWorkers() {
  try {
    // Reading the property throws in sandboxed frames and opaque origins.
    return navigator.serviceWorker ?? null;
  } catch {
    return null;
  }
}

const workers = serviceWorkers();
if (workers) {
  let reloading = false;
  workers.addEventListener("controllerchange", () => {
    // The person accepted the update and the new worker took over.
    if (reloading) return;
    reloading = true;
    location.reload();
  });
  workers
    .register("./sw.js")
    .then((registration) => {
      const watch = (worker) => {
        worker.addEventListener("statechange", () => {
          if (worker.state === "installed" && workers.controller) offerUpdate(worker);
        });
      };
      if (registration.waiting && workers.controller) offerUpdate(registration.waiting);
      if (registration.installing) watch(registration.installing);
      registration.addEventListener("updatefound", () => watch(registration.installing));
      // Look for a new build when the person comes back to the tab.
      document.addEventListener("visibilitychange", () => {
        if (document.visibilityState === "visible") registration.update().catch(() => {});
      });
    })
    .catch(() => {
      // No service worker (private mode, file://): Kindred works online only.
    });
}
