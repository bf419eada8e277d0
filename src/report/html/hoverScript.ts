/**
 * The page's only script, inline and optional: moving the pointer over a chart shows the
 * values of its series at the nearest drawn point (from the chart's `data-x` and each
 * series' `data-y`) in a read-out that follows the pointer, with a vertical rule. The
 * charts are complete without it (printing, no script, screen readers read the titles).
 */
export const HOVER_SCRIPT = `(function () {
  var tip = document.getElementById('hover');
  if (!tip) return;
  document.querySelectorAll('svg.chart[data-x]').forEach(function (svg) {
    var xs = svg.getAttribute('data-x').split(',').map(Number);
    var plot = svg.getAttribute('data-plot').split(',').map(Number);
    var series = Array.prototype.slice.call(svg.querySelectorAll('[data-y]'));
    var ys = series.map(function (p) { return p.getAttribute('data-y').split(','); });
    var rule = document.createElementNS(svg.namespaceURI, 'line');
    rule.setAttribute('y1', plot[3]); rule.setAttribute('y2', plot[4]);
    rule.setAttribute('stroke', '#333'); rule.setAttribute('visibility', 'hidden');
    svg.appendChild(rule);
    svg.addEventListener('pointermove', function (e) {
      var m = svg.getScreenCTM();
      if (!m) return;
      var p = new DOMPoint(e.clientX, e.clientY).matrixTransform(m.inverse());
      var t = (p.x - plot[0]) / (plot[1] - plot[0]) * plot[2];
      var lo = 0, hi = xs.length - 1;
      while (lo < hi) { var mid = (lo + hi) >> 1; if (xs[mid] < t) lo = mid + 1; else hi = mid; }
      if (lo > 0 && t - xs[lo - 1] < xs[lo] - t) lo--;
      var x = plot[0] + xs[lo] / plot[2] * (plot[1] - plot[0]);
      rule.setAttribute('x1', x); rule.setAttribute('x2', x); rule.setAttribute('visibility', 'visible');
      var lines = ['minute ' + (xs[lo] / 60).toFixed(1)];
      series.forEach(function (s, k) { if (ys[k][lo] !== '') lines.push(s.getAttribute('data-name') + ': ' + ys[k][lo]); });
      tip.textContent = lines.join('\\n');
      tip.style.left = Math.min(e.clientX + 14, window.innerWidth - tip.offsetWidth - 4) + 'px';
      tip.style.top = (e.clientY + 14) + 'px';
      tip.hidden = false;
    });
    svg.addEventListener('pointerleave', function () { tip.hidden = true; rule.setAttribute('visibility', 'hidden'); });
  });
})();`;
