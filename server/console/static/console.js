// Thực Địa — bảng điều hành: the little the pages need. Everything works without it.
document.addEventListener("DOMContentLoaded", () => {
  // a form that asks first (revoking a laptop)
  for (const form of document.querySelectorAll("form[data-confirm]")) {
    form.addEventListener("submit", (event) => {
      if (!window.confirm(form.dataset.confirm)) event.preventDefault();
    });
  }
  for (const button of document.querySelectorAll("[data-print]")) {
    button.addEventListener("click", () => window.print());
  }
  // the informant's name and contact only when "có tên" is chosen
  const named = document.querySelector(".named");
  if (named) {
    const sync = () => {
      const mode = document.querySelector("input[name=informant_mode]:checked");
      named.hidden = !mode || mode.value !== "named";
    };
    for (const r of document.querySelectorAll("input[name=informant_mode]")) r.addEventListener("change", sync);
    sync();
  }
  // a report's period: only the fields its kind reads (all of them without this script)
  for (const form of document.querySelectorAll("form[data-fields]")) {
    const fields = JSON.parse(form.dataset.fields);
    const kind = form.querySelector("select[name=loai]");
    const sync = () => {
      const wanted = (fields[kind.value] || "").split(" ");
      for (const label of form.querySelectorAll("label[data-period]")) {
        label.hidden = !wanted.includes(label.dataset.period);
      }
    };
    kind.addEventListener("change", sync);
    sync();
  }
});
