// The page of `charlstm serve`: no framework, nothing from the network. All text goes into
// the page with textContent (never as markup), so no text can add markup or script.
(function () {
  "use strict";
  var token = new URLSearchParams(location.search).get("token");
  var $ = function (id) { return document.getElementById(id); };
  var models = [], limit = 0;
  var textId = "t" + Math.random().toString(36).slice(2) + Date.now().toString(36);
  var positions = [];   // per character of the text read: {s, top, u}
  var readText = "";    // the text `positions` belong to
  var units = [];

  function headers() {
    var h = {"Content-Type": "application/json"};
    if (token) { h["X-Token"] = token; }
    return h;
  }
  function api(path, body, signal) {
    var init = {method: body ? "POST" : "GET", headers: headers(), signal: signal};
    if (body) { init.body = JSON.stringify(body); }
    return fetch(path, init).then(function (r) {
      if (r.headers.get("Content-Type").indexOf("ndjson") >= 0) { return r; }
      return r.json().then(function (data) {
        if (!r.ok) { throw new Error(data.error || r.statusText); }
        return data;
      });
    });
  }
  function showError(e) {
    if (e && e.name === "AbortError") { return; }
    $("error").textContent = e ? String(e.message || e) : "";
    $("error").hidden = !e;
  }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined) { e.textContent = text; }
    return e;
  }
  function shown(ch) { return ch === "\n" ? "↵\n" : ch; }
  function named(ch) { return ch === "\n" ? "↵" : ch === " " ? "␣" : ch; }
  function model() { return $("model").value; }

  // --- Read ---
  var reading = false, readAgain = false;
  function read() {
    if (reading) { readAgain = true; return; }
    var text = $("text").value;
    reading = true;
    api("/api/read", {text_id: textId, model: model(), text: text, units: units})
      .then(function (data) {
        showError(null);
        var got = data.positions;
        positions = positions.slice(0, data.start);
        got.s.forEach(function (s, n) {
          positions.push({s: s, u: got.u[n], top: got.top[n].map(function (c, k) {
            return [c, got.p[n][k]];
          })});
        });
        readText = text;
        renderRead(data.start);
        renderCells();
        $("read").setAttribute("data-length", String(data.length));
      })
      .catch(showError)
      .then(function () {
        reading = false;
        if (readAgain) { readAgain = false; read(); }
      });
  }
  function surpriseColour(s) {
    if (s === null) { return "transparent"; }
    var t = Math.min(1, s / 8);  // 8 bits and more: the darkest
    return "rgba(178, 24, 43, " + t.toFixed(3) + ")";
  }
  function renderRead(start) {
    var box = $("read");
    while (box.children.length > start) { box.removeChild(box.lastChild); }
    for (var i = start; i < positions.length; i++) {
      var span = el("span", "c", shown(readText[i]));
      span.setAttribute("data-i", String(i));
      span.style.backgroundColor = surpriseColour(positions[i].s);
      box.appendChild(span);
    }
  }
  function hover(i) {
    var p = positions[i], panel = $("hover");
    panel.textContent = "";
    if (!p) { return; }
    var head = "character " + i + " " + named(readText[i]);
    if (p.s === null) { panel.textContent = head + ": the first, nothing predicts it"; return; }
    panel.appendChild(el("div", "", head + ": surprise " + p.s.toFixed(2) + " bits; top 5 guesses:"));
    p.top.forEach(function (g) {
      panel.appendChild(el("span", "guess", "  " + named(g[0]) + " " + (100 * g[1]).toFixed(1) + "%"));
    });
  }
  function charIndex(node) {
    while (node && node.nodeType !== 1) { node = node.parentNode; }
    return node && node.hasAttribute("data-i") ? Number(node.getAttribute("data-i")) : -1;
  }

  // --- Ask ---
  var askTimer = null, askSeq = 0;
  function choices() {
    return $("choices").value.split(",").map(function (c) { return c.trim(); })
      .filter(function (c) { return c.length > 0; });
  }
  function ask() {
    clearTimeout(askTimer);
    askTimer = setTimeout(function () {
      var text = $("text").value, list = choices(), seq = ++askSeq;
      if (!text || !list.length) { $("bars").textContent = ""; return; }
      api("/api/ask", {model: model(), text: text, choices: list}).then(function (data) {
        if (seq !== askSeq) { return; }
        renderBars(text, data.choices);
      }).catch(showError);
    }, 120);
  }
  function renderBars(text, list) {
    var box = $("bars");
    box.textContent = "";
    list.forEach(function (c) {
      var row = el("div", "row" + (c.best ? " best" : ""));
      row.appendChild(el("span", "label", c.text));
      var bar = el("span", "bar");
      bar.style.width = Math.max(1, Math.round(400 * c.share)) + "px";
      row.appendChild(bar);
      row.appendChild(el("span", "pct", (100 * c.share).toFixed(1) + "%  (log p " + c.logp.toFixed(2) + ")"));
      row.addEventListener("click", function () {
        depends(text + c.text, text.length, text.length + c.text.length, "the answer " + c.text);
      });
      box.appendChild(row);
    });
  }

  // --- What it depends on ---
  function depends(text, start, end, what) {
    var ids = [model()];
    if ($("model-b").value && $("model-b").value !== model()) { ids.push($("model-b").value); }
    $("grad-what").textContent = what + " (characters " + start + "–" + (end - 1) + ")";
    Promise.all(ids.map(function (id) {
      return api("/api/grad", {model: id, text: text, start: start, end: end});
    })).then(function (results) {
      showError(null);
      var box = $("grads");
      box.textContent = "";
      results.forEach(function (r) {
        var m = models.filter(function (x) { return x.id === r.model; })[0];
        var col = el("div", "grad");
        col.setAttribute("data-model", r.model);
        col.appendChild(el("h4", "", r.model + " " + m.cell + " " + m.layers + "×" + m.hidden +
          ": log p = " + r.logp.toFixed(2)));
        var line = el("div", "text");
        var peak = Math.max.apply(null, r.norms.concat([1e-300]));
        for (var i = 0; i < text.length; i++) {
          var span = el("span", "g", shown(text[i]));
          if (i < r.norms.length) {
            var t = Math.max(0, 1 + Math.log10(r.norms[i] / peak) / 4);  // 4 decades shown
            span.style.backgroundColor = "rgba(33, 102, 172, " + t.toFixed(3) + ")";
            span.title = "‖∂ log p / ∂ input‖ = " + r.norms[i].toPrecision(3);
          } else if (i >= start && i < end) {
            span.className = "g target";
          }
          line.appendChild(span);
        }
        col.appendChild(line);
        box.appendChild(col);
      });
    }).catch(showError);
  }

  // --- Cells ---
  function renderCells() {
    var box = $("cells");
    box.textContent = "";
    units.forEach(function (unit, k) {
      var row = el("div", "unit");
      row.appendChild(el("span", "name", "unit " + unit));
      var line = el("div", "text");
      var peak = 1e-12;
      positions.forEach(function (p) { peak = Math.max(peak, Math.abs(p.u[k])); });
      positions.forEach(function (p, i) {
        var span = el("span", "v", shown(readText[i]));
        var v = p.u[k] / peak;
        span.style.backgroundColor = v >= 0 ? "rgba(178, 24, 43, " + v.toFixed(3) + ")"
          : "rgba(33, 102, 172, " + (-v).toFixed(3) + ")";
        span.setAttribute("data-i", String(i));
        span.setAttribute("data-k", String(k));
        line.appendChild(span);
      });
      row.appendChild(line);
      box.appendChild(row);
    });
  }
  function selectedSpan() {
    var sel = window.getSelection();
    if (!sel || sel.isCollapsed || !$("read").contains(sel.anchorNode)) { return null; }
    var a = charIndex(sel.anchorNode), b = charIndex(sel.focusNode);
    if (a < 0 || b < 0) { return null; }
    return [Math.min(a, b), Math.max(a, b) + 1];
  }
  function rankUnits(span) {
    api("/api/units", {text_id: textId, model: model(), start: span[0], end: span[1]})
      .then(function (data) {
        showError(null);
        var list = $("ranked");
        list.textContent = "";
        data.units.forEach(function (u) {
          list.appendChild(el("li", "", "unit " + u.unit + ": score " + u.score.toFixed(3) +
            (u.sign > 0 ? " (positive)" : " (negative)")));
        });
        var box = $("elsewhere");
        box.textContent = data.note || "";
        data.elsewhere.forEach(function (w) {
          var p = el("p");
          p.appendChild(document.createTextNode("…" + w.before));
          p.appendChild(el("mark", "", w.match));
          p.appendChild(document.createTextNode(w.after + "…"));
          box.appendChild(p);
        });
      }).catch(showError);
  }

  // --- Sample ---
  var sampling = null;
  function sample() {
    if (sampling) { return; }
    var out = $("sample-out");
    out.textContent = "";
    out.appendChild(el("span", "prime", $("text").value));
    var made = el("span", "made");
    out.appendChild(made);
    sampling = new AbortController();
    $("sample").disabled = true;
    $("stop-sample").disabled = false;
    out.setAttribute("data-state", "running");
    var body = {model: model(), text: $("text").value, length: Number($("length").value),
      temperature: Number($("temperature").value), top_k: Number($("top-k").value),
      stop: $("stop").value};
    api("/api/sample", body, sampling.signal).then(function (response) {
      var reader = response.body.getReader(), decoder = new TextDecoder(), rest = "";
      function pump() {
        return reader.read().then(function (chunk) {
          if (chunk.done) { return "done"; }
          rest += decoder.decode(chunk.value, {stream: true});
          var lines = rest.split("\n");
          rest = lines.pop();
          lines.forEach(function (line) {
            var msg = JSON.parse(line);
            if (msg.c) { made.textContent += msg.c; }
            if (msg.done) { out.setAttribute("data-state", "done: " + msg.done); }
          });
          return pump();
        });
      }
      return pump();
    }).catch(function (e) {
      out.setAttribute("data-state", e.name === "AbortError" ? "stopped" : "error");
      showError(e);
    }).then(function () {
      sampling = null;
      $("sample").disabled = false;
      $("stop-sample").disabled = true;
    });
  }

  // --- Runs ---
  var SVG = "http://www.w3.org/2000/svg";
  function polyline(xs, ys, x0, x1, y0, y1, cls) {
    var line = document.createElementNS(SVG, "polyline");
    var pts = xs.map(function (x, i) {
      var px = 40 + 340 * (x - x0) / Math.max(x1 - x0, 1);
      var py = 10 + 160 * (1 - (ys[i] - y0) / Math.max(y1 - y0, 1e-9));
      return px.toFixed(1) + "," + py.toFixed(1);
    });
    line.setAttribute("points", pts.join(" "));
    line.setAttribute("fill", "none");
    line.setAttribute("stroke", cls === "val" ? "#b2182b" : "#2166ac");
    line.setAttribute("stroke-width", cls === "val" ? "2" : "1");
    return line;
  }
  function runs() {
    api("/api/runs").then(function (data) {
      var box = $("runs");
      box.textContent = "";
      data.runs.forEach(function (r) {
        var div = el("div", "runs");
        div.setAttribute("data-run", r.name);
        if (r.error) { div.appendChild(el("h4", "", r.name + ": " + r.error)); box.appendChild(div); return; }
        div.setAttribute("data-points", String(r.step.length));
        var last = r.train_loss[r.train_loss.length - 1];
        div.appendChild(el("h4", "", r.name + ": step " + r.step[r.step.length - 1] +
          ", train loss " + last.toFixed(3) +
          (r.val_loss.length ? ", val loss " + r.val_loss[r.val_loss.length - 1].toFixed(3) : "")));
        var all = r.train_loss.concat(r.val_loss);
        var y0 = Math.min.apply(null, all), y1 = Math.max.apply(null, all);
        var x0 = r.step[0], x1 = r.step[r.step.length - 1];
        var svg = document.createElementNS(SVG, "svg");
        svg.setAttribute("width", "400");
        svg.setAttribute("height", "180");
        svg.appendChild(polyline(r.step, r.train_loss, x0, x1, y0, y1, "train"));
        if (r.val_loss.length) { svg.appendChild(polyline(r.val_step, r.val_loss, x0, x1, y0, y1, "val")); }
        div.appendChild(svg);
        if (r.sample) { div.appendChild(el("div", "sample", "sample at step " + r.sample.step + ":\n" + r.sample.text)); }
        box.appendChild(div);
      });
    }).catch(showError).then(function () { setTimeout(runs, 2000); });
  }

  // --- start ---
  function chooseModel() {
    var m = models.filter(function (x) { return x.id === model(); })[0];
    units = m.units.slice();
    $("units").value = units.join(",");
    $("cells-how").textContent = m.quantity + " of the top layer; " + m.units_how;
    textId = "t" + Math.random().toString(36).slice(2);
    positions = [];
    $("read").textContent = "";
    read();
    ask();
  }
  api("/api/models").then(function (data) {
    models = data.models;
    limit = data.limit;
    $("limit").textContent = "up to " + limit.toLocaleString("en") + " characters";
    $("text").maxLength = limit;
    models.forEach(function (m) {
      var label = m.id + ": " + m.name + " (" + m.cell + " " + m.layers + "×" + m.hidden + ", step " + m.step + ")";
      $("model").appendChild(el("option", "", label)).value = m.id;
      $("model-b").appendChild(el("option", "", label)).value = m.id;
    });
    if (models.length > 1) { $("model-b").value = models[1].id; }
    $("choices").value = models[0].choices.join(", ");
    $("model").addEventListener("change", chooseModel);
    $("text").addEventListener("input", function () { read(); ask(); });
    $("choices").addEventListener("input", ask);
    $("units").addEventListener("change", function () {
      var hidden = models.filter(function (x) { return x.id === model(); })[0].hidden;
      units = $("units").value.split(",").map(Number).filter(function (u) {
        return Number.isInteger(u) && u >= 0 && u < hidden;
      });
      positions = [];
      textId = "t" + Math.random().toString(36).slice(2);
      $("read").textContent = "";
      read();
    });
    $("read").addEventListener("mouseover", function (e) { var i = charIndex(e.target); if (i >= 0) { hover(i); } });
    $("cells").addEventListener("mouseover", function (e) {
      var t = e.target;
      if (!t.hasAttribute || !t.hasAttribute("data-k")) { return; }
      var i = Number(t.getAttribute("data-i")), k = Number(t.getAttribute("data-k"));
      $("cell-hover").textContent = "unit " + units[k] + " after character " + i + " " +
        named(readText[i]) + ": " + positions[i].u[k].toFixed(4);
    });
    $("read").addEventListener("mouseup", function () {
      var span = selectedSpan();
      if (span && span[1] - span[0] > 1) { rankUnits(span); }
    });
    $("read").addEventListener("click", function (e) {
      var sel = window.getSelection();
      if (sel && !sel.isCollapsed) { return; }
      var i = charIndex(e.target);
      if (i >= 1) { depends(readText, i, i + 1, "character " + i + " " + named(readText[i])); }
    });
    $("sample").addEventListener("click", sample);
    $("stop-sample").addEventListener("click", function () { if (sampling) { sampling.abort(); } });
    if (data.runs) { $("runs-view").hidden = false; runs(); }
    chooseModel();
    document.body.setAttribute("data-ready", "1");
  }).catch(showError);
}());
