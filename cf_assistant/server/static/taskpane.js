// cf-assistant task pane: calls POST /v1/suggest on the same server and shows the ranked
// candidates, the cells each formats (highlighted in a preview of the column) and its Office.js
// payload (copy button). Inside Excel (the add-in's manifest opens /?office=1) the selected cells
// are the column, and "Apply" adds the rule to them through CFA.excel (excel-apply.js).
(function (global) {
  "use strict";
  const CFA = (global.CFA = global.CFA || {});
  const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
  const $ = (id) => document.getElementById(id);

  // "3\n7\n\nabc" or "3,7,,abc" -> ["3","7","","abc"]; empty -> null.
  function parseValues(text) {
    if (!text.trim()) return null;
    const values = text.includes("\n") ? text.replace(/\r/g, "").split("\n") : text.split(",");
    if (values.length > 1 && values[values.length - 1] === "") values.pop();
    return values;
  }

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    Object.entries(attrs || {}).forEach(([k, v]) => (k === "text" ? (node.textContent = v) : node.setAttribute(k, v)));
    children.forEach((c) => node.appendChild(typeof c === "string" ? document.createTextNode(c) : c));
    return node;
  }

  function preview(values, formatted) {
    const hits = new Set(formatted || []);
    const table = el("table", { class: "preview" });
    values.forEach((v, i) => {
      const cell = el("td", { class: hits.has(i) ? "hit" : "", text: v === "" ? "(blank)" : v });
      table.appendChild(el("tr", {}, cell));
    });
    return table;
  }

  async function copy(text, pre, status) {
    pre.hidden = false;
    try {
      await navigator.clipboard.writeText(text);
      status.textContent = "copied";
    } catch (e) {
      const sel = global.getSelection();
      const r = document.createRange();
      r.selectNodeContents(pre);
      sel.removeAllRanges();
      sel.addRange(r);
      status.textContent = "selected: press Ctrl+C";
    }
  }

  function candidate(c, values, address) {
    const payload = JSON.stringify(c.officejs || null, null, 2);
    const pre = el("pre", { class: "payload", text: payload });
    pre.hidden = true;
    const note = el("span", { class: "origin" });
    const copyButton = el("button", { type: "button", class: "copy", text: "Copy Office.js" });
    copyButton.addEventListener("click", () => copy(payload, pre, note));
    const applyButton = el("button", { type: "button", class: "apply excel-only", text: "Apply" });
    applyButton.addEventListener("click", () => apply(c.officejs, address, note));
    const origin = c.origin ? " (" + c.origin + (c.example_of ? ": " + c.example_of : "") + ")" : "";
    const item = el("li", { class: "candidate", "data-code": c.code },
      el("code", { text: c.code }), el("span", { class: "origin", text: origin }),
      el("div", { class: "explanation", text: c.explanation || "" }));
    if (values && c.formatted) {
      item.appendChild(el("div", { class: "count", text: c.formatted.length + " of " + values.length + " cells formatted" }));
      item.appendChild(preview(values, c.formatted));
    }
    if (c.officejs) item.append(copyButton, applyButton, note, pre);
    return item;
  }

  async function apply(payload, address, note) {
    try {
      await CFA.excel.applyPayload(payload, address);
      note.textContent = "applied to " + address;
    } catch (e) {
      note.textContent = "could not apply: " + e.message;
    }
  }

  async function suggest() {
    $("error").textContent = "";
    $("candidates").textContent = "";
    $("status").textContent = "thinking…";
    let values = parseValues($("values").value);
    let address = null;
    if (CFA.excel && CFA.excel.available()) {
      const selection = await CFA.excel.readSelection();
      values = selection.values;
      address = selection.address;
    }
    const body = { text: $("request").value, k: Number($("k").value) || 5 };
    if (values) body.values = values;
    if (address) body.range = address;
    let doc;
    try {
      const response = await fetch("/v1/suggest", {
        method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body),
      });
      doc = await response.json();
      if (!response.ok) throw new Error(doc.detail || response.statusText);
    } catch (e) {
      $("status").textContent = "";
      $("error").textContent = e.message;
      return;
    }
    $("status").textContent = doc.candidates.length
      ? doc.candidates.length + " suggestion(s)"
      : "no valid rule; rephrase the request";
    doc.candidates.forEach((c) => $("candidates").appendChild(candidate(c, values, address)));
  }

  function startOffice() {
    const ready = () => global.Office.onReady((info) => {
      if (info && info.host === "Excel") {
        CFA.officeReady = true;
        document.body.classList.add("in-excel");
      }
    });
    if (typeof global.Office !== "undefined") return ready();
    if (!new URLSearchParams(global.location.search).has("office")) return;
    const script = el("script", { src: OFFICE_JS });
    script.addEventListener("load", ready);
    document.head.appendChild(script);
  }

  CFA.taskpane = { parseValues, suggest };
  $("suggest").addEventListener("click", suggest);
  startOffice();
})(window);
