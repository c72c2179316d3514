// The copy-link button of components/article/ShareLinks.tsx: hidden in the HTML, shown only where copying works.
(() => {
  if (!navigator.clipboard) return;
  for (const button of document.querySelectorAll("button[data-copy-link]")) {
    const label = button.textContent;
    const status = document.createElement("span");
    status.setAttribute("role", "status");
    status.className = "visually-hidden";
    button.after(status);
    let timer;
    button.addEventListener("click", () =>
      navigator.clipboard.writeText(button.dataset.copyLink).then(() => {
        button.textContent = status.textContent = button.dataset.doneLabel;
        clearTimeout(timer);
        timer = setTimeout(() => {
          button.textContent = label;
          status.textContent = "";
        }, 4000);
      }, () => {}),
    );
    button.hidden = false;
  }
})();
