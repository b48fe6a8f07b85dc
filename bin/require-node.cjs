// Stops with one clear line on a Node older than the package supports, before
// the bundle (which needs newer Node features) is loaded. Plain ES5 on purpose:
// it must run on any Node that can start at all.
'use strict';
var needed = require('../package.json').engines.node; // ">=22"
var minimum = Number(/\d+/.exec(needed)[0]);
var found = process.versions.node;
if (Number(found.split('.')[0]) < minimum) {
    process.stderr.write('crmplan: needs Node.js ' + minimum + ' or later, found ' + found + ' (' + process.execPath + ')\n');
    process.exit(2);
}
