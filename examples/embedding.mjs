// The "Next activation" button of examples/embedding.html: sets the `fn` attribute of the
// widget beside it, which redraws in place.
const ids = ["relu", "gelu", "silu", "mish", "tanh", "sigmoid", "hardswish", "selu"];
const widget = document.getElementById("a-change");
const current = document.getElementById("cycle-current");
document.getElementById("cycle-fn").addEventListener("click", () => {
  const next = ids[(ids.indexOf(widget.getAttribute("fn")) + 1) % ids.length];
  widget.setAttribute("fn", next);
  current.textContent = next;
});
