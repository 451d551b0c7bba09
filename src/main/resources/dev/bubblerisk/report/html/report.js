// Sorts the deal table by the clicked column: numbers by data-value, text alphabetically.
document.querySelectorAll('table.sortable').forEach(function (table) {
  var heads = Array.prototype.slice.call(table.tHead.rows[0].cells);
  heads.forEach(function (head, column) {
    head.addEventListener('click', function () {
      var ascending = head.getAttribute('aria-sort') !== 'ascending';
      var numeric = head.dataset.type === 'number';
      var body = table.tBodies[0];
      var rows = Array.prototype.slice.call(body.rows);
      var key = function (row) {
        var cell = row.cells[column];
        return numeric ? Number(cell.dataset.value || cell.textContent) : cell.textContent.trim();
      };
      rows.sort(function (a, b) {
        var x = key(a), y = key(b);
        var order = numeric ? x - y : x.localeCompare(y);
        return ascending ? order : -order;
      });
      heads.forEach(function (other) { other.removeAttribute('aria-sort'); });
      head.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      rows.forEach(function (row) { body.appendChild(row); });
    });
  });
});

// Picks out one loop of value in the graph when its entry in the list is clicked; a second click shows all again.
document.querySelectorAll('svg.money-graph').forEach(function (graph) {
  document.querySelectorAll('[data-loop]').forEach(function (item) {
    item.addEventListener('click', function () {
      var loop = item.dataset.loop;
      var show = !item.classList.contains('focused');
      document.querySelectorAll('.focused').forEach(function (element) { element.classList.remove('focused'); });
      graph.classList.toggle('focus', show);
      if (show) {
        item.classList.add('focused');
        graph.querySelectorAll('[data-loops]').forEach(function (element) {
          if (element.dataset.loops.split(' ').indexOf(loop) >= 0) {
            element.classList.add('focused');
          }
        });
      }
    });
  });
});
