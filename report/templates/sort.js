// Sorts tables by a click on a column header. Without script the tables
// stay in the order the sweep wrote them (worst first).
(function () {
  function key(td, num) {
    var v = td.hasAttribute("data-v") ? td.getAttribute("data-v") : td.textContent.trim();
    return num ? (parseFloat(v) || 0) : v;
  }
  document.querySelectorAll("table.sortable").forEach(function (table) {
    var heads = table.tHead.rows[0].cells;
    Array.prototype.forEach.call(heads, function (th, col) {
      if (!th.hasAttribute("data-sort")) return;
      var num = th.getAttribute("data-sort") === "num";
      var b = document.createElement("button");
      b.type = "button";
      b.className = "sort";
      while (th.firstChild) b.appendChild(th.firstChild);
      th.appendChild(b);
      b.addEventListener("click", function () {
        var cur = th.getAttribute("aria-sort");
        var desc = cur ? cur === "ascending" : num; // numbers: most first
        Array.prototype.forEach.call(heads, function (h) { h.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", desc ? "descending" : "ascending");
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (r1, r2) {
          var a = key(r1.cells[col], num), c = key(r2.cells[col], num);
          var d = num ? a - c : a.localeCompare(c, "zh-CN");
          return desc ? -d : d;
        });
        rows.forEach(function (r) { body.appendChild(r); });
      });
    });
  });
})();
