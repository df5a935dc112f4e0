// The standalone page's own script (never loaded by an embedded widget,
// which must not touch its host's origin): registers Kindred's service
// worker, offers a calm update when a new build has been installed, and
// runs the language menu.
const UPDATE_MESSAGE = "kindred-update";
// The update offer in each of Kindred's languages: this script runs before
// (and apart from) the WebAssembly and its catalogues. The page's `lang` is
// set by Kindred to the language it shows.
const UPDATE_TEXT = {
  en: ["A new version of Kindred is ready. Your answers are kept.", "Update"],
  es: ["Hay una nueva versión de Kindred. Tus respuestas se conservan.", "Actualizar"],
  de: ["Eine neue Version von Kindred ist bereit. Deine Antworten bleiben erhalten.", "Aktualisieren"],
  ar: ["إصدار جديد من Kindred جاهز. إجاباتك محفوظة.", "تحديث"],
};

function offerUpdate(workers) {
  if (document.querySelector(".kindred-update")) return;
  // The live region goes in empty and is filled a moment later: some screen
  // readers do not announce a region that appears already filled.
  const bar = document.createElement("div");
  bar.className = "kindred-update";
  bar.setAttribute("role", "status");
  document.body.prepend(bar);
  setTimeout(() => {
    const lang = document.documentElement.lang;
    const [message, action] = UPDATE_TEXT[lang] ?? UPDATE_TEXT.en;
    bar.lang = UPDATE_TEXT[lang] ? lang : "en";
    bar.dir = bar.lang === "ar" ? "rtl" : "ltr";
    const text = document.createElement("p");
    text.textContent = message;
    const button = document.createElement("button");
    button.type = "button";
    button.textContent = action;
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
      // A returning visit (a worker already controls the page): keep every
      // language and every screen fetched on demand offline, for the
      // installed app. The first visit does not pay for what it may never
      // use.
      workers.controller?.postMessage("kindred-top-up");
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

// The language menu (index.html). A choice is remembered in this browser
// (see docs/stored-format.md) and the page loads again in it: Kindred reads
// the choice and fetches that language before it first paints, so nothing
// is ever shown in one language and then redrawn in another. Answers are
// saved as they are given, so the reload loses nothing and comes back to
// the same place. If storage is blocked, the choice travels in the address.
const LANGUAGE_KEY = "kindred-language";
const menu = document.getElementById("kindred-language");
menu?.addEventListener("change", () => {
  const url = new URL(location.href);
  url.searchParams.delete("lang");
  try {
    localStorage.setItem(LANGUAGE_KEY, menu.value);
  } catch {
    url.searchParams.set("lang", menu.value);
  }
  location.replace(url);
});
