/**
 * The review page's script, as text: it runs in the editor's browser, not in Node. It lets the
 * editor accept or reject each proposal (the certain fixes start accepted), filter findings by
 * severity and rule, and download the corrected article. The corrected text is computed from the
 * fix ranges embedded in the page, applied as src/engine/fix.ts applies them (sorted by range, an
 * overlapping or no-op fix skipped, the earlier fix winning); the passes --fix made after the first
 * are replayed when the text before each equals the text --fix had there. The browser test
 * (tests/formatters/html-review.test.ts) holds the two equal: the page's download and --fix's output.
 */
export const reviewScript = String.raw`
(function () {
  'use strict';
  var root = document.documentElement;
  root.classList.remove('no-js');
  root.classList.add('js');

  // selectFixes and applyFixes of src/engine/fix.ts, line for line.
  function selectFixes(text, fixes) {
    var sorted = fixes.slice().sort(function (a, b) { return a.range[0] - b.range[0] || a.range[1] - b.range[1]; });
    var kept = [];
    var lastEnd = -1;
    for (var i = 0; i < sorted.length; i++) {
      var fix = sorted[i];
      var start = fix.range[0];
      var end = fix.range[1];
      if (start < 0 || end > text.length || end < start) continue;
      if (start < lastEnd || (start === lastEnd && kept.length > 0 && start === end)) continue;
      if (text.slice(start, end) === fix.text) continue;
      kept.push(fix);
      lastEnd = end;
    }
    return kept;
  }
  function applyFixes(text, fixes) {
    var kept = selectFixes(text, fixes);
    var output = '';
    var cursor = 0;
    for (var i = 0; i < kept.length; i++) {
      output += text.slice(cursor, kept[i].range[0]) + kept[i].text;
      cursor = kept[i].range[1];
    }
    return output + text.slice(cursor);
  }
  // FNV-1a over UTF-16 code units, as the formatter computes it for each pass's starting text.
  function hashText(text) {
    var hash = 0x811c9dc5;
    for (var i = 0; i < text.length; i++) {
      hash ^= text.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    return hash >>> 0;
  }

  function choiceOf(article, finding) {
    var checked = article.querySelector('input[name="' + article.id + '-f' + finding + '"]:checked');
    return checked ? Number(checked.value) : -1;
  }

  function corrected(article, data) {
    var accepted = [];
    for (var i = 0; i < data.findings.length; i++) {
      var choice = choiceOf(article, i + 1);
      var proposal = data.findings[i].proposals[choice];
      if (choice >= 0 && proposal) accepted.push(proposal);
    }
    var text = applyFixes(data.source, accepted);
    for (var p = 0; p < data.passes.length; p++) {
      var pass = data.passes[p];
      if (text.length !== pass.length || hashText(text) !== pass.hash) break;
      text = applyFixes(text, pass.fixes);
    }
    return text;
  }

  function refreshCount(article) {
    var count = article.querySelectorAll('input.accept:checked').length;
    var all = article.querySelectorAll('li.note.has-proposals').length;
    var counter = article.querySelector('.accepted-count');
    if (counter) counter.textContent = count + ' of ' + all + ' changes accepted';
    var notes = article.querySelectorAll('li.note.has-proposals');
    for (var i = 0; i < notes.length; i++) {
      var rejected = !notes[i].querySelector('input.accept:checked');
      notes[i].classList.toggle('rejected', rejected);
      var finding = notes[i].getAttribute('data-finding');
      var marks = article.querySelectorAll('[data-finding="' + finding + '"].finding-mark');
      for (var m = 0; m < marks.length; m++) marks[m].classList.toggle('rejected', rejected);
    }
  }

  var articles = document.querySelectorAll('article.review');
  for (var a = 0; a < articles.length; a++) {
    (function (article) {
      var holder = article.querySelector('script.review-data');
      if (!holder) return;
      var data = JSON.parse(holder.textContent);
      article.addEventListener('change', function () { refreshCount(article); });
      var button = article.querySelector('button.download');
      if (button) {
        button.addEventListener('click', function () {
          var blob = new Blob([corrected(article, data)], { type: 'text/plain;charset=utf-8' });
          var link = document.createElement('a');
          link.href = URL.createObjectURL(blob);
          link.download = data.name;
          document.body.appendChild(link);
          link.click();
          setTimeout(function () { URL.revokeObjectURL(link.href); link.remove(); }, 0);
        });
      }
      var reset = article.querySelector('button.reset');
      if (reset) {
        reset.addEventListener('click', function () {
          var inputs = article.querySelectorAll('input[type="radio"]');
          for (var i = 0; i < inputs.length; i++) inputs[i].checked = inputs[i].defaultChecked;
          refreshCount(article);
        });
      }
      refreshCount(article);
    })(articles[a]);
  }

  // Filters: a finding shows when its severity and its rule are both ticked.
  function applyFilters() {
    var shown = {};
    var boxes = document.querySelectorAll('.filters input[type="checkbox"]');
    for (var i = 0; i < boxes.length; i++) shown[boxes[i].getAttribute('data-filter') + ':' + boxes[i].value] = boxes[i].checked;
    var items = document.querySelectorAll('[data-severity][data-rule]');
    for (var j = 0; j < items.length; j++) {
      var visible = shown['severity:' + items[j].getAttribute('data-severity')] !== false && shown['rule:' + items[j].getAttribute('data-rule')] !== false;
      items[j].classList.toggle('filtered', !visible);
    }
    // The words stay; their highlight goes when every finding over them is hidden.
    var marks = document.querySelectorAll('mark[data-findings]');
    for (var k = 0; k < marks.length; k++) {
      var article = marks[k].closest('article');
      var numbers = marks[k].getAttribute('data-findings').split(' ');
      var anyShown = false;
      for (var n = 0; n < numbers.length; n++) {
        var badge = article && article.querySelector('.finding-mark[data-finding="' + numbers[n] + '"]');
        if (badge && !badge.classList.contains('filtered')) anyShown = true;
      }
      marks[k].classList.toggle('unmarked', !anyShown);
    }
  }
  var filters = document.querySelector('.filters');
  if (filters) filters.addEventListener('change', applyFilters);
  applyFilters();
})();
`;
