/* avis widget: see README.md. Placeholder replaced by the full widget. */
(function () {
  'use strict';
})();
