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
const OPTIONS = ["context", "length", "theme", "lang", "namespace", "emit-events"];
const here = (name) => new URL(name, import.meta.url).href;

// One WebAssembly instance serves every widget on the page.
let loading = null;
function loadKindred() {
  loading ??= import(here(FILES.glue)).then(async (glue) => {
    await glue.default({ module_or_path: here(FILES.wasm) });
    return glue;
  });
  return loading;
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

  connectedCallback() {
    if (!this.#root) {
      const shadow = this.shadowRoot ?? this.attachShadow({ mode: "open" });
      const style = document.createElement("link");
      style.rel = "stylesheet";
      style.href = here(FILES.css);
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
        // Removed meanwhile, or already showing: never render twice.
        if (!this.isConnected || this.#widget || this.#observer) return;
        const attributes = [];
        for (const name of OPTIONS) {
          if (this.hasAttribute(name)) attributes.push(name, this.getAttribute(name));
        }
        this.#claimNamespace();
        this.#widget = glue.mount_widget(this.#root, this, attributes);
      },
      () => {
        this.#root.textContent = "Kindred could not load here. Nothing you entered has left this device.";
      },
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
