// Kindred on any page: defines <kindred-check>.
//
//   <script type="module" src="https://where-you-host/kindred/kindred-embed.js"></script>
//   <kindred-check context="friend" length="quick" theme="auto"></kindred-check>
//
// scripts/post-build.mjs writes the real kindred-embed.js from this file,
// filling in the build's file names. Everything is loaded from the folder
// this script comes from, and only when a widget comes near the viewport.
// Nothing is ever sent anywhere, and this script never registers a service
// worker on the host's origin.

const FILES = __KINDRED_FILES__;
const OPTIONS = ["context", "length", "theme", "lang", "namespace", "emit-events", "support-url"];
const here = (name) => new URL(name, import.meta.url).href;

// Content Security Policy violations on this page that concern Kindred,
// kept to explain a failure to load (the browser reports them as events).
const violations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  const blocked = event.blockedURI ?? "";
  if (blocked.startsWith(here("./")) || blocked === "wasm-eval" || blocked === "eval") violations.push(event);
});

// One WebAssembly instance serves every widget on the page.
let loading = null;
function loadKindred() {
  // A failure says which part failed: the glue script or the WebAssembly.
  loading ??= import(here(FILES.glue)).then(
    async (glue) => {
      await glue.default({ module_or_path: here(FILES.wasm) }).catch(() => Promise.reject("wasm"));
      return glue;
    },
    () => Promise.reject("glue"),
  );
  return loading;
}

const TYPES = { glue: /javascript/, wasm: /^application\/wasm/, css: /^text\/css/ };
const RIGHT_TYPES = "serve .js as text/javascript, .wasm as application/wasm and .css as text/css";

/**
 * Why a part of Kindred (`glue`, `wasm` or `css`) could not load, and what
 * the site owner can do: one sentence each, for the console. The README's
 * "Troubleshooting" table lists the same cases.
 */
async function diagnose(part) {
  const url = here(FILES[part]);
  const folder = here("./");
  const origin = new URL(url).origin;
  if (violations.some((v) => v.blockedURI === "wasm-eval" || v.blockedURI === "eval")) {
    return {
      cause: "this page's Content Security Policy does not allow WebAssembly to run",
      fix: "add 'wasm-unsafe-eval' to its script-src directive",
    };
  }
  const csp = violations.find((v) => v.blockedURI.startsWith(folder));
  if (csp) {
    const directive = csp.effectiveDirective || csp.violatedDirective;
    return {
      cause: `this page's Content Security Policy (${directive}) does not allow ${csp.blockedURI}`,
      fix: `add ${origin} to its ${directive} directive`,
    };
  }
  let response;
  try {
    response = await fetch(url, { mode: "cors", cache: "no-store", credentials: "omit" });
  } catch {
    return {
      cause: `${origin} did not answer with an Access-Control-Allow-Origin header for ${url} (or could not be reached)`,
      fix: `serve Kindred's files with "Access-Control-Allow-Origin: *" (with nginx, "add_header ... always", so errors carry it too; see deploy/)`,
    };
  }
  if (!response.ok) {
    return {
      cause: `${url} answered HTTP ${response.status}`,
      fix: `upload every file of one build (the whole dist/ folder) to ${folder}`,
    };
  }
  const type = response.headers.get("Content-Type") ?? "";
  if (!TYPES[part].test(type)) {
    return { cause: `${url} is served as "${type || "no type"}"`, fix: RIGHT_TYPES };
  }
  return { cause: "an unexpected error", fix: "see the errors above, and the Troubleshooting section of Kindred's README" };
}

// What the reader sees when Kindred cannot load, in each of its languages.
// Without the WebAssembly there is no catalogue, so these few words live
// here, chosen in the same order as src/i18n/lang.rs: the element's `lang`,
// the page's around it, the browser's. (The console line below is for the
// site owner, in English like the README.)
const FAILED = {
  en: "Kindred could not load here. Nothing you entered has left this device.",
  es: "Kindred no se pudo cargar aquí. Nada de lo que escribiste ha salido de este dispositivo.",
  de: "Kindred konnte hier nicht geladen werden. Nichts von dem, was du eingegeben hast, hat dieses Gerät verlassen.",
  ar: "تعذّر تحميل Kindred هنا. لم يغادر أيّ شيء أدخلته هذا الجهاز.",
};

function failureLanguage(root) {
  const host = root.getRootNode().host;
  const tags = [host?.getAttribute("lang"), host?.closest("[lang]")?.getAttribute("lang"), ...(navigator.languages ?? [])];
  for (const tag of tags) {
    const code = String(tag ?? "").trim().toLowerCase().split(/[-_]/)[0];
    if (FAILED[code]) return code;
  }
  return "en";
}

// One console error per page, however many widgets failed.
let explained = false;
async function explainFailure(root, part) {
  const lang = failureLanguage(root);
  root.lang = lang;
  root.dir = lang === "ar" ? "rtl" : "ltr";
  root.textContent = FAILED[lang];
  if (explained) return;
  explained = true;
  // The browser reports policy violations a moment after the failure.
  await new Promise((done) => setTimeout(done, 100));
  const { cause, fix } = await diagnose(part);
  console.error(`Kindred could not load: ${cause}. To fix it, ${fix}. (Troubleshooting: see Kindred's README.)`);
}

// The welcome screen's height (em) for the widget's width (em), measured on
// the release build, with a little to spare: reserving it means the host
// page does not move when the widget appears (too much only leaves space
// below until the person starts). Revisit when the welcome text changes.
const WELCOME_HEIGHTS = [
  [38.75, 33],
  [35, 35],
  [31.25, 38],
  [28, 41],
  [22.5, 47],
  [20, 51],
  [0, 60],
];

function reserveSpace(root) {
  // In em of the reader's default text size (medium, usually 16px), which
  // the widget uses once its stylesheet is in; the host's sizes do not count.
  const width = root.getBoundingClientRect().width / 16;
  const [, height] = WELCOME_HEIGHTS.find(([atLeast]) => width >= atLeast);
  root.style.minHeight = `${height}em`;
}

// Namespaces of the widgets on this page, to warn about two sharing one
// (they would write over each other's saved data).
const namespaces = new Map();

class KindredCheck extends HTMLElement {
  #root = null;
  #widget = null;
  #observer = null;
  #namespace = null;
  #failed = false;

  connectedCallback() {
    if (!this.#root) {
      const shadow = this.shadowRoot ?? this.attachShadow({ mode: "open" });
      const style = document.createElement("link");
      style.rel = "stylesheet";
      style.href = here(FILES.css);
      // Without its stylesheet Kindred would be unreadable on a hostile
      // page: say so instead.
      style.addEventListener("error", () => {
        this.#failed = true;
        this.#widget?.unmount();
        this.#widget = null;
        explainFailure(this.#root, "css");
      });
      this.#root = document.createElement("div");
      this.#root.className = "kindred-host";
      shadow.replaceChildren(style, this.#root);
      // Once the person starts using the widget its height may follow its
      // content: moves that follow input are expected, not layout shift.
      // After the click (not on pointerdown): shrinking under a pressed
      // pointer would make the click land elsewhere.
      const release = () => (this.#root.style.minHeight = "");
      this.#root.addEventListener("click", release);
      this.#root.addEventListener("keyup", release);
    }
    // Reserve the space before anything loads (set through the CSSOM, which
    // a strict style-src allows).
    if (!this.#widget) reserveSpace(this.#root);
    this.#observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) this.#start();
      },
      { rootMargin: "400px" },
    );
    this.#observer.observe(this);
  }

  #start() {
    this.#observer?.disconnect();
    this.#observer = null;
    loadKindred().then(
      (glue) => {
        // Removed meanwhile, already showing, or its stylesheet failed:
        // never render twice, or unstyled.
        if (!this.isConnected || this.#widget || this.#observer || this.#failed) return;
        const attributes = [];
        for (const name of OPTIONS) {
          if (this.hasAttribute(name)) attributes.push(name, this.getAttribute(name));
        }
        this.#claimNamespace();
        this.#widget = glue.mount_widget(this.#root, this, attributes, here("./"));
      },
      (part) => explainFailure(this.#root, part === "wasm" ? "wasm" : "glue"),
    );
  }

  #claimNamespace() {
    this.#namespace = (this.getAttribute("namespace") ?? "").trim().toLowerCase();
    const count = namespaces.get(this.#namespace) ?? 0;
    if (count > 0) {
      console.warn(
        "Kindred: two widgets on this page share a namespace; give each its own namespace attribute so their saved check-ins stay apart.",
      );
    }
    namespaces.set(this.#namespace, count + 1);
  }

  disconnectedCallback() {
    this.#observer?.disconnect();
    this.#observer = null;
    if (this.#widget) {
      this.#widget.unmount();
      this.#widget = null;
      namespaces.set(this.#namespace, (namespaces.get(this.#namespace) ?? 1) - 1);
    }
  }
}

// Including the script twice must do no harm.
if (!customElements.get("kindred-check")) customElements.define("kindred-check", KindredCheck);
