// Registers Kindred's service worker for the standalone page only (never
// for an embedded widget, which must not touch its host's origin), and
// offers a calm update when a new build has been installed.
const UPDATE_MESSAGE = "kindred-update";

function offerUpdate(workers) {
  if (document.querySelector(".kindred-update")) return;
  // The live region goes in empty and is filled a moment later: some screen
  // readers do not announce a region that appears already filled.
  const bar = document.createElement("div");
  bar.className = "kindred-update";
  bar.setAttribute("role", "status");
  document.body.prepend(bar);
  setTimeout(() => {
    const text = document.createElement("p");
    text.textContent = "A new version of Kindred is ready. Your answers are kept.";
    const button = document.createElement("button");
    button.type = "button";
    button.textContent = "Update";
    button.addEventListener("click", async () => {
      button.disabled = true;
      // Whichever build is waiting now: a newer one may have replaced the
      // one that was waiting when the offer appeared.
      const registration = await workers.getRegistration();
      registration?.waiting?.postMessage(UPDATE_MESSAGE);
    });
    bar.append(text, button);
  }, 100);
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
          if (worker.state === "installed" && workers.controller) offerUpdate(workers);
        });
      };
      if (registration.waiting && workers.controller) offerUpdate(workers);
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
