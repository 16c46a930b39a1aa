// Sandiao: Tasklist lists tasks by creation unless its address names a sorting; work here is done by due date,
// so an address without one gets "due date, earliest first". A sorting the user picks stays as chosen.
const BY_DUE_DATE = encodeURIComponent(JSON.stringify([{sortBy: 'dueDate', sortOrder: 'asc'}]));

function sortByDueDate() {
  const hash = window.location.hash || '#/';
  if (hash.indexOf('sorting=') !== -1) {
    return;
  }
  window.location.replace(hash + (hash.indexOf('?') === -1 ? '?' : '&') + 'sorting=' + BY_DUE_DATE);
}

window.addEventListener('hashchange', sortByDueDate);
sortByDueDate();

export default [];
