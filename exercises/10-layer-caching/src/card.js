'use strict';

// The lines of the card. Edit them as often as you like: with the dependencies
// installed before the code is copied, a rebuild takes them from the cache.
function cardLines(now = new Date()) {
  return [
    'stagecraft: dependencies from the cache',
    'node ' + process.versions.node,
    'printed ' + now.toISOString().slice(0, 10),
  ];
}

module.exports = { cardLines };
