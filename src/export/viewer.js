"use strict";
(function () {
  const cards = JSON.parse(document.getElementById("cards").textContent);
  const labels = JSON.parse(document.getElementById("labels").textContent);
  const viewport = document.getElementById("viewport");
  const stage = document.getElementById("stage");
  const details = document.getElementById("details");
  const select = document.getElementById("map");
  const view = { x: 0, y: 0, zoom: 1 };

  function apply() {
    stage.style.transform = "translate(" + view.x + "px," + view.y + "px) scale(" + view.zoom + ")";
  }
  function shownMap() {
    return stage.querySelector(".map:not([hidden]) svg");
  }
  function fit() {
    const svg = shownMap();
    if (!svg) return;
    const w = svg.width.baseVal.value, h = svg.height.baseVal.value;
    const r = viewport.getBoundingClientRect();
    view.zoom = Math.min((r.width - 32) / w, (r.height - 32) / h, 2);
    view.x = (r.width - w * view.zoom) / 2;
    view.y = Math.max(16, (r.height - h * view.zoom) / 2);
    apply();
  }
  function zoomAt(factor, cx, cy) {
    const zoom = Math.min(8, Math.max(0.05, view.zoom * factor));
    view.x = cx - (cx - view.x) * (zoom / view.zoom);
    view.y = cy - (cy - view.y) * (zoom / view.zoom);
    view.zoom = zoom;
    apply();
  }
  function element(tag, text) {
    const e = document.createElement(tag);
    if (text !== undefined) e.textContent = text;
    return e;
  }
  function show(id) {
    const card = cards[id];
    if (!card) return;
    details.replaceChildren();
    const close = element("button", "×");
    close.className = "close";
    close.title = labels.close;
    close.addEventListener("click", () => { details.hidden = true; });
    details.append(close, element("h2", card.title));
    const dl = element("dl");
    for (const [name, value] of card.fields) {
      dl.append(element("dt", name), element("dd", value));
    }
    details.append(dl);
    if (card.scores.length) {
      details.append(element("h3", labels.scores));
      const ul = element("ul");
      for (const line of card.scores) ul.append(element("li", line));
      details.append(ul);
    }
    if (card.verbatims.length) {
      details.append(element("h3", labels.verbatims));
      for (const v of card.verbatims) details.append(element("blockquote", v));
    }
    details.hidden = false;
  }

  let drag = null;
  viewport.addEventListener("pointerdown", (e) => {
    drag = { x: e.clientX, y: e.clientY, vx: view.x, vy: view.y, moved: false };
    viewport.setPointerCapture(e.pointerId);
  });
  viewport.addEventListener("pointermove", (e) => {
    if (!drag) return;
    const dx = e.clientX - drag.x, dy = e.clientY - drag.y;
    if (Math.abs(dx) + Math.abs(dy) > 4) {
      drag.moved = true;
      viewport.classList.add("dragging");
    }
    view.x = drag.vx + dx;
    view.y = drag.vy + dy;
    apply();
  });
  viewport.addEventListener("pointerup", (e) => {
    const clicked = drag && !drag.moved;
    drag = null;
    viewport.classList.remove("dragging");
    if (!clicked) return;
    const hit = document.elementFromPoint(e.clientX, e.clientY);
    const owner = hit && hit.closest("[data-card]");
    if (owner) show(owner.getAttribute("data-card"));
  });
  viewport.addEventListener("wheel", (e) => {
    e.preventDefault();
    const r = viewport.getBoundingClientRect();
    zoomAt(Math.exp(-e.deltaY * 0.0015), e.clientX - r.left, e.clientY - r.top);
  }, { passive: false });
  document.getElementById("zoom-in").addEventListener("click", () => {
    const r = viewport.getBoundingClientRect();
    zoomAt(1.25, r.width / 2, r.height / 2);
  });
  document.getElementById("zoom-out").addEventListener("click", () => {
    const r = viewport.getBoundingClientRect();
    zoomAt(0.8, r.width / 2, r.height / 2);
  });
  document.getElementById("fit").addEventListener("click", fit);
  select.addEventListener("change", () => {
    for (const m of stage.querySelectorAll(".map")) {
      m.hidden = m.getAttribute("data-map") !== select.value;
    }
    details.hidden = true;
    fit();
  });
  document.addEventListener("keydown", (e) => {
    if (e.key === "Escape") details.hidden = true;
    if (e.key === "+" || e.key === "=") document.getElementById("zoom-in").click();
    if (e.key === "-") document.getElementById("zoom-out").click();
    if (e.key === "0") fit();
  });
  window.addEventListener("resize", fit);
  window.parcoursShow = show;
  fit();
})();
