// Enhancement only: every page works without this file.
(function () {
  "use strict";
  // Live validation: say at once when a number is out of range, in the same place the server would.
  document.querySelectorAll(".question input[type=number]").forEach(function (input) {
    var fieldset = input.closest("fieldset");
    var message = document.createElement("p");
    message.className = "error";
    message.id = fieldset.id + "-live";
    message.setAttribute("aria-live", "polite");
    message.hidden = true;
    input.insertAdjacentElement("beforebegin", message);
    input.addEventListener("input", function () {
      var bad = input.value !== "" && !input.checkValidity();
      message.hidden = !bad;
      message.textContent = bad ? "Please give a number from " + input.min + " to " + input.max + ", or leave it empty." : "";
      input.setAttribute("aria-invalid", bad ? "true" : "false");
    });
  });
  // A description's days ("since Saturday") count from the person's date, not the server's; the server checks it.
  document.querySelectorAll("input[data-device-today]").forEach(function (input) {
    var now = new Date();
    var pad = function (n) { return (n < 10 ? "0" : "") + n; };
    input.value = now.getFullYear() + "-" + pad(now.getMonth() + 1) + "-" + pad(now.getDate());
  });
  // Printing needs script; the button stays hidden without it (the browser's own print works anyway).
  document.querySelectorAll("button.print").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () { window.print(); });
  });
})();
