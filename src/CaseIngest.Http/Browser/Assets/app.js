// CaseIngest case browser: small enhancements; every page works without script.
"use strict";
document.addEventListener("DOMContentLoaded", () => {
  // A "Copy link" button beside the export links: the URL holds the whole query, so it can be shared.
  const exportLine = document.querySelector("p.export");
  if (exportLine && navigator.clipboard) {
    const button = document.createElement("button");
    button.type = "button";
    button.className = "secondary";
    button.textContent = "Copy link to this search";
    button.addEventListener("click", async () => {
      await navigator.clipboard.writeText(window.location.href);
      button.textContent = "Link copied";
    });
    exportLine.append(" ", button);
  }

  // Following a link to a fact or its evidence moves keyboard focus there too.
  document.addEventListener("click", (event) => {
    const link = event.target.closest('a[href^="#fact-"], a[href^="#ev-"]');
    if (!link) return;
    const target = document.getElementById(link.getAttribute("href").slice(1));
    if (target) {
      target.setAttribute("tabindex", "-1");
      setTimeout(() => target.focus({ preventScroll: true }), 0);
    }
  });
});
