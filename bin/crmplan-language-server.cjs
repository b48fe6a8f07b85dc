#!/usr/bin/env node
require('./require-node.cjs');
if (process.argv.indexOf('--version') >= 0 || process.argv.indexOf('-v') >= 0) {
    process.stdout.write(require('../package.json').version + '\n');
    process.exit(0);
}
// V8 keeps the bundle's compiled code between runs (Node 22.1+): start-up skips most of the compiling.
var nodeModule = require('module');
if (nodeModule.enableCompileCache) {
    nodeModule.enableCompileCache();
}
require('../out/language-server.cjs');
