// The iframe page tells its parent how tall it is, so the frame can fit its
// content. Only a height is sent: never answers or scores.
if (window.parent !== window) {
  let last = 0;
  const report = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: "kindred:height", height }, "*");
  };
  new ResizeObserver(report).observe(document.documentElement);
}

// The site owner's next step (`cta-url` and `cta-text` in the query): a
// link under the results, and only there. The address must be https:, read
// by the browser's own URL parser; the text is only ever text. Nothing
// about the reader's answers is added to either.
const params = new URLSearchParams(location.search);
const ctaUrl = params.get("cta-url");
const ctaText = (params.get("cta-text") ?? "").trim();
if (ctaUrl !== null || ctaText !== "") {
  let url = null;
  try {
    const parsed = new URL(ctaUrl ?? "");
    if (parsed.protocol === "https:" && parsed.hostname !== "") url = parsed.href;
  } catch {
    // Not an address at all.
  }
  // eslint-disable-next-line no-control-regex
  const plain = ctaText.length >= 1 && ctaText.length <= 80 && !/[\u0000-\u001f\u007f]/.test(ctaText);
  const main = document.getElementById("kindred");
  if (!url || !plain || !main) {
    console.warn("Kindred: cta-url must be an https:// address and cta-text 1 to 80 characters of text; showing no link.");
  } else {
    const paragraph = document.createElement("p");
    paragraph.className = "kindred-cta";
    const link = document.createElement("a");
    link.href = url;
    link.target = "_blank";
    link.rel = "noopener noreferrer";
    link.textContent = ctaText;
    paragraph.append(link);
    main.after(paragraph);
    const showWithResults = () => (paragraph.hidden = main.querySelector(".screen.results") === null);
    new MutationObserver(showWithResults).observe(main, { childList: true, subtree: true });
    showWithResults();
  }
}
