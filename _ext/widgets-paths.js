// Tell require.js where the widget manager's modules live, so that the fonts its styles ask
// for (resolved next to each module) come from /vendor/html-manager/ like the code does.
// Without this, require.js resolves "@jupyter-widgets/..." against the page's own folder and
// every font request fails. Loaded after require.js and before embed-amd.js (_config.yml).
(function () {
  var here = document.currentScript.src;
  var manager = here.slice(0, here.lastIndexOf("/") + 1) + "html-manager";
  require.config({
    paths: {
      "@jupyter-widgets/html-manager/dist": manager,
      "@jupyter-widgets": manager,
    },
  });
})();
