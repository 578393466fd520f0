// The add-in's Excel side: read the selected column, and apply an Office.js payload from
// POST /v1/suggest with Excel's own API in one call:
//   range.conditionalFormats.add(payload.type).set(payload.props); await context.sync();
// `CFA.excel.available()` is true only inside Excel (Office.onReady said host Excel).
// Tested in headless Chromium against a stand-in `Excel` namespace (tests/server/test_browser.py).
(function (global) {
  "use strict";
  const CFA = (global.CFA = global.CFA || {});

  function available() {
    return CFA.officeReady === true && typeof global.Excel !== "undefined";
  }

  // A cell as the text a user would paste (Excel gives numbers, booleans and strings).
  function cellText(value) {
    if (value === null || value === undefined) return "";
    if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
    return String(value);
  }

  // The range of an address such as "Sheet1!B2:B9" or "'My sheet'!B2:B9" (else the active sheet).
  function rangeAt(context, address) {
    const bang = address.lastIndexOf("!");
    if (bang < 0) {
      return context.workbook.worksheets.getActiveWorksheet().getRange(address);
    }
    let sheet = address.slice(0, bang);
    if (sheet.startsWith("'") && sheet.endsWith("'")) {
      sheet = sheet.slice(1, -1).replace(/''/g, "'");
    }
    return context.workbook.worksheets.getItem(sheet).getRange(address.slice(bang + 1));
  }

  // {address, values}: the selected range (where the rule goes, e.g. "Sheet1!B:B") and the
  // first column of its used part as texts (a whole column does not send a million blanks).
  async function readSelection() {
    return global.Excel.run(async (context) => {
      const range = context.workbook.getSelectedRange();
      const used = range.getUsedRangeOrNullObject(true);
      range.load("address");
      used.load("values");
      await context.sync();
      const values = used.isNullObject ? [] : used.values.map((row) => cellText(row[0]));
      return { address: range.address, values: values };
    });
  }

  // Add the payload's conditional format to `address` (default: the selection).
  async function applyPayload(payload, address) {
    if (!payload || typeof payload.type !== "string" || typeof payload.props !== "object") {
      throw new Error("not an Office.js payload: {type, props} expected");
    }
    return global.Excel.run(async (context) => {
      const range = address ? rangeAt(context, address) : context.workbook.getSelectedRange();
      range.conditionalFormats.add(payload.type).set(payload.props);
      await context.sync();
      return true;
    });
  }

  CFA.excel = { available, readSelection, applyPayload, rangeAt, cellText };
})(window);
