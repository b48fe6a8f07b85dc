#!/usr/bin/env node
require('./require-node.cjs');
// V8 keeps the bundle's compiled code between runs (Node 22.1+): start-up skips most of the compiling.
var nodeModule = require('module');
if (nodeModule.enableCompileCache) {
    nodeModule.enableCompileCache();
}
require('../out/cli.cjs');
