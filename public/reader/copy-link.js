// The copy-link button of components/article/ShareLinks.tsx: hidden in the HTML, shown only where copying works.
(() => {
  if (!navigator.clipboard) return;
  for (const button of document.querySelectorAll("button[data-copy-link]")) {
    const live = button.firstElementChild;
    const label = live.textContent;
    let timer;
    // A refused copy (no permission) leaves the label as it was.
    button.addEventListener("click", () =>
      navigator.clipboard.writeText(button.dataset.copyLink).then(() => {
        live.textContent = live.dataset.doneLabel;
        clearTimeout(timer);
        timer = setTimeout(() => (live.textContent = label), 4000);
      }, () => {}),
    );
    button.hidden = false;
  }
})();
