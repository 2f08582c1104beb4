// Shows a conditional question only while an earlier answer meets its condition. Without this
// script every question is shown with a note saying when to answer it, and the server ignores
// answers to questions whose condition is not met.
(function () {
  var form = document.querySelector('section.questionnaire form');
  if (!form) {
    return;
  }
  var conditional = Array.prototype.slice.call(form.querySelectorAll('[data-show-if-key]'));
  function chosen(name) {
    return Array.prototype.slice.call(form.elements)
      .filter(function (field) { return field.name === name && (field.type !== 'radio' && field.type !== 'checkbox' || field.checked); })
      .map(function (field) { return field.value; });
  }
  function update() {
    conditional.forEach(function (item) {
      var wanted = item.getAttribute('data-show-if-values').split(' ');
      var shown = chosen(item.getAttribute('data-show-if-key')).some(function (value) { return wanted.indexOf(value) >= 0; });
      item.hidden = !shown;
      var note = item.querySelector('.condition');
      if (note) {
        note.hidden = true;
      }
    });
  }
  form.addEventListener('change', update);
  update();
  var summary = document.getElementById('error-summary');
  if (summary) {
    summary.focus();
  }
})();
