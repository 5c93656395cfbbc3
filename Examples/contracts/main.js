// Shows the manifest's `data` in the Contracts panel.
//
// PortaBilling hands the plug-in the `data` object from plugin.json. This page
// accepts it three ways so it also works when opened on its own: a global
// `window.pluginData`, a `message` event from the hosting page whose
// `data.data` (or `data`) is the object, or a `data` query parameter holding
// JSON. Text is inserted with textContent, never innerHTML, so values from the
// data cannot inject markup.
(function () {
  "use strict";

  function formatMoney(value) {
    var number = Number(value);
    return Number.isFinite(number) ? number.toFixed(2) : String(value);
  }

  function cell(text, className) {
    var td = document.createElement("td");
    td.textContent = text === undefined || text === null ? "" : String(text);
    if (className) td.className = className;
    return td;
  }

  function render(data) {
    var status = document.getElementById("contracts-status");
    var table = document.getElementById("contracts-table");
    var body = table.querySelector("tbody");
    var raw = document.getElementById("contracts-raw");

    raw.textContent = JSON.stringify(data, null, 2);
    if (!data || typeof data !== "object") {
      status.textContent = "This panel received no data.";
      return;
    }
    if (data.title) document.getElementById("contracts-title").textContent = data.title;

    var contracts = Array.isArray(data.contracts) ? data.contracts : [];
    body.textContent = "";
    contracts.forEach(function (contract) {
      var row = document.createElement("tr");
      row.appendChild(cell(contract.number));
      row.appendChild(cell(contract.plan));
      row.appendChild(cell(contract.start));
      row.appendChild(cell(formatMoney(contract.monthlyFee), "contracts__money"));
      body.appendChild(row);
    });
    table.hidden = contracts.length === 0;
    status.textContent = contracts.length === 0
      ? "No contracts for this customer."
      : contracts.length + (contracts.length === 1 ? " contract" : " contracts");

    var support = document.getElementById("contracts-support");
    if (data.supportEmail) {
      support.textContent = data.supportEmail;
      support.href = "mailto:" + encodeURIComponent(data.supportEmail).replace(/%40/g, "@");
    }
  }

  function dataFromQuery() {
    var parameter = new URLSearchParams(window.location.search).get("data");
    if (!parameter) return undefined;
    try {
      return JSON.parse(parameter);
    } catch (error) {
      return undefined;
    }
  }

  window.addEventListener("message", function (event) {
    if (event.source !== window.parent) return;
    var payload = event.data && event.data.data !== undefined ? event.data.data : event.data;
    render(payload);
  });

  document.addEventListener("DOMContentLoaded", function () {
    var initial = window.pluginData !== undefined ? window.pluginData : dataFromQuery();
    if (initial !== undefined) render(initial);
  });
})();
