// CaseIngest API page: reads the OpenAPI document and gives each operation a form to try it.
"use strict";
(() => {
  const root = document.getElementById("api");
  if (!root) return;
  const keyInput = document.getElementById("function-key");

  const el = (tag, attributes, ...children) => {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) node.setAttribute(name, value);
    for (const child of children) node.append(child);
    return node;
  };

  const resolve = (spec, item) => (item && item.$ref ? item.$ref.split("/").slice(1).reduce((o, k) => o[k], spec) : item);

  const operation = (spec, path, method, op, index) => {
    const id = "op-" + index;
    const heading = el("h2", { id: id + "-heading" }, el("span", { class: "method" }, method), path);
    const section = el("section", { class: "api-op", "aria-labelledby": id + "-heading", "data-operation": op.operationId || "" }, heading);
    if (op.summary) section.append(el("p", {}, op.summary));

    const form = el("form", { "aria-label": method.toUpperCase() + " " + path });
    const parameters = (op.parameters || []).map((p) => resolve(spec, p));
    for (const parameter of parameters) {
      const inputId = id + "-" + parameter.name;
      const label = el("label", { for: inputId }, parameter.name + " (" + parameter.in + (parameter.required ? ", required" : "") + ")");
      const input = el("input", { id: inputId, name: parameter.name, "data-in": parameter.in });
      if (parameter.required) input.required = true;
      form.append(el("div", { class: "field" }, label, input));
    }
    form.append(el("button", { type: "submit" }, "Send"));
    section.append(form);

    const responses = el("ul", { class: "responses" });
    for (const [status, response] of Object.entries(op.responses || {})) {
      responses.append(el("li", { "data-status": status }, el("code", {}, status), " " + (resolve(spec, response).description || "")));
    }
    section.append(el("h3", {}, "Responses"), responses);

    const output = el("pre", { class: "output", role: "status", "aria-live": "polite", tabindex: "0" });
    section.append(output);
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      let url = path;
      const query = new URLSearchParams();
      for (const input of form.querySelectorAll("input")) {
        if (!input.value) continue;
        if (input.dataset.in === "path") url = url.replace("{" + input.name + "}", encodeURIComponent(input.value));
        else if (input.dataset.in === "query") query.append(input.name, input.value);
      }
      if ([...query].length) url += "?" + query.toString();
      const headers = keyInput && keyInput.value ? { "x-functions-key": keyInput.value } : {};
      output.textContent = "GET " + url + " …";
      try {
        const response = await fetch(url, { method: method.toUpperCase(), headers });
        const text = await response.text();
        let body = text;
        try { body = JSON.stringify(JSON.parse(text), null, 2); } catch { /* not JSON: shown as it came */ }
        output.textContent = response.status + " " + response.statusText + "\n\n" + body;
      } catch (error) {
        output.textContent = "The request failed: " + error.message;
      }
    });
    return section;
  };

  fetch(root.dataset.openapi)
    .then((response) => response.json())
    .then((spec) => {
      root.replaceChildren();
      if (spec.servers && spec.servers.length) root.append(el("p", {}, "Server: ", el("code", {}, spec.servers[0].url)));
      let index = 0;
      for (const [path, item] of Object.entries(spec.paths || {})) {
        for (const method of ["get", "post", "put", "delete"]) {
          if (item[method]) root.append(operation(spec, path, method, item[method], index++));
        }
      }
    })
    .catch((error) => { root.replaceChildren(el("p", { role: "alert" }, "The OpenAPI document could not be read: " + error.message)); });
})();
